<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiTargetListReader</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 64 characters</source>
        <translation>%1“%2”超过 64 个字符</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>%1“%2”只能包含字母、数字、“-”和“_”</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field opened on this line is never closed, so lines %1 to %2 could not be read</source>
        <translation>此行开始的带引号字段没有闭合，因此第 %1 至 %2 行无法读取</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote</source>
        <translation>第 %1 个字段的闭合引号后还有文字</translation>
    </message>
    <message>
        <source>field %1 contains a quote but is not quoted (quote the whole field and double the quote)</source>
        <translation>第 %1 个字段包含引号但未加引号（请用引号括起整个字段，并把其中的引号写两遍）</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (save the file as UTF-8 CSV)</source>
        <translation>此行不是有效的 UTF-8 文本（请将文件另存为 UTF-8 CSV）</translation>
    </message>
</context>
<context>
    <name>EntityListReader</name>
    <message>
        <source>biz_id is empty</source>
        <translation>biz_id 为空</translation>
    </message>
    <message>
        <source>biz_id &quot;%1&quot; is a number a spreadsheet has rounded; format the column as text and export again</source>
        <translation>biz_id“%1”是被电子表格舍入的数字；请将该列设为文本格式后重新导出</translation>
    </message>
    <message>
        <source>biz_id &quot;%1&quot; must contain digits only</source>
        <translation>biz_id“%1”只能包含数字</translation>
    </message>
    <message>
        <source>biz_id &quot;%1&quot; starts with a zero</source>
        <translation>biz_id“%1”以 0 开头</translation>
    </message>
    <message>
        <source>biz_id &quot;%1&quot; is too large for a 64-bit id</source>
        <translation>biz_id“%1”超出 64 位 ID 的范围</translation>
    </message>
    <message>
        <source>biz_type is empty</source>
        <translation>biz_type 为空</translation>
    </message>
    <message>
        <source>unknown biz_type &quot;%1&quot;</source>
        <translation>未知的 biz_type“%1”</translation>
    </message>
</context>
<context>
    <name>InputProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: %1 [--lang zh_CN|en] COMMAND [OPTIONS]</source>
        <translation>用法：%1 [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;COMMAND --help&quot; for the options of one command.</source>
        <translation>运行“命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>不支持的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run with --help for the list.</source>
        <translation>未知命令“%1”。使用 --help 查看命令列表。</translation>
    </message>
</context>
<context>
    <name>PairListReader</name>
    <message numerus="yes">
        <source>expected 2 fields (%1,%2) but found %n</source>
        <translation>
            <numerusform>应有 2 个字段（%1,%2），实际为 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats line %1 (%2,%3)</source>
        <translation>与第 %1 行重复（%2,%3）</translation>
    </message>
</context>
<context>
    <name>RunKindText</name>
    <message>
        <source>Batch offline</source>
        <translation>批量下线</translation>
    </message>
    <message>
        <source>Batch publish</source>
        <translation>批量发布</translation>
    </message>
    <message>
        <source>API action</source>
        <translation>API 操作</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Confirm messages</source>
        <translation>确认消息</translation>
    </message>
    <message>
        <source>Review applications</source>
        <translation>审核申请</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Print the canonical request, string to sign and headers for one request</source>
        <translation>打印一个请求的规范请求、待签名字符串和请求头</translation>
    </message>
    <message>
        <source>HTTP method (default GET).</source>
        <translation>HTTP 方法（默认 GET）。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Full request URL.</source>
        <translation>完整的请求 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeatable.</source>
        <translation>请求头，格式为“名称: 值”；可重复。</translation>
    </message>
    <message>
        <source>HEADER</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>File whose exact bytes are the request body.</source>
        <translation>其原始字节作为请求体的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>X-Sdk-Date to use (YYYYMMDDTHHMMSSZ), for reproducible output.</source>
        <translation>使用的 X-Sdk-Date（YYYYMMDDTHHMMSSZ），用于得到可复现的输出。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comma-separated header names to sign when present (default: %1).</source>
        <translation>存在时参与签名的请求头名称，以逗号分隔（默认：%1）。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>名称列表</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--url needs a full URL, such as https://host/path?key=value</source>
        <translation>--url 需要完整的 URL，例如 https://host/path?key=value</translation>
    </message>
    <message>
        <source>No keys: set DATAARTS_AK and DATAARTS_SK in the environment.</source>
        <translation>没有密钥：请在环境变量中设置 DATAARTS_AK 和 DATAARTS_SK。</translation>
    </message>
    <message>
        <source>Bad header &quot;%1&quot;: expected &quot;Name: value&quot;.</source>
        <translation>请求头“%1”格式错误：应为“名称: 值”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Bad --date &quot;%1&quot;: expected YYYYMMDDTHHMMSSZ, such as 20200608T023900Z.</source>
        <translation>--date“%1”格式错误：应为 YYYYMMDDTHHMMSSZ，例如 20200608T023900Z。</translation>
    </message>
    <message>
        <source>Canonical request</source>
        <translation>规范请求</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>待签名字符串</translation>
    </message>
    <message>
        <source>Headers to send</source>
        <translation>发送的请求头</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::MainWindow</name>
    <message>
        <source>DataArts Desk</source>
        <translation>DataArts Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About DataArts Desk</source>
        <translation>关于 DataArts Desk(&amp;A)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No connection profile is open.</source>
        <translation>尚未打开连接配置。</translation>
    </message>
    <message>
        <source>About DataArts Desk</source>
        <translation>关于 DataArts Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DataArts Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the data-governance work of Huawei Cloud DataArts Studio: batch offline of Architecture entities, DataService API actions and approvals.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DataArts Desk %1&lt;/h3&gt;&lt;p&gt;华为云 DataArts Studio 数据治理工作的桌面客户端：数据架构对象批量下线、数据服务 API 操作与审批。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in sandbox and open it.</source>
        <translation>启动内置沙箱并打开它。</translation>
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation>打开此连接配置。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
</context>
</TS>
