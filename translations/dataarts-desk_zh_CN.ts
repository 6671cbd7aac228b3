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
    <name>Journal</name>
    <message>
        <source>The journal %1 is not open.</source>
        <translation>日志 %1 未打开。</translation>
    </message>
    <message>
        <source>A run needs at least one item.</source>
        <translation>一次运行至少需要一个条目。</translation>
    </message>
    <message>
        <source>The run&apos;s parameters hold a field named &quot;%1&quot;, which looks like a secret. Secrets are never written to the journal.</source>
        <translation>运行参数中有名为“%1”的字段，看起来像是密钥。密钥绝不会写入日志。</translation>
    </message>
    <message>
        <source>An item of the run has no id.</source>
        <translation>运行中有条目没有 ID。</translation>
    </message>
    <message>
        <source>A request must carry at least one item.</source>
        <translation>一个请求至少要携带一个条目。</translation>
    </message>
    <message>
        <source>Item %1 of run %2 is not waiting to be sent, so it was not sent again.</source>
        <translation>运行 %2 的条目 %1 不在待发送状态，因此没有再次发送。</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>日志中没有运行 %1。</translation>
    </message>
    <message>
        <source>The journal has no request %1.</source>
        <translation>日志中没有请求 %1。</translation>
    </message>
    <message>
        <source>Request %1 has already been answered.</source>
        <translation>请求 %1 已经有应答。</translation>
    </message>
    <message>
        <source>The answer to request %1 gives %2 item states for the %3 items it carried.</source>
        <translation>请求 %1 的应答给出了 %2 个条目状态，但该请求携带了 %3 个条目。</translation>
    </message>
    <message>
        <source>An answer cannot leave item %1 in the SENDING state.</source>
        <translation>应答不能让条目 %1 停留在 SENDING 状态。</translation>
    </message>
    <message>
        <source>Item %1 is not waiting for the answer to request %2.</source>
        <translation>条目 %1 并未在等待请求 %2 的应答。</translation>
    </message>
    <message>
        <source>The journal has no item %1.</source>
        <translation>日志中没有条目 %1。</translation>
    </message>
    <message>
        <source>Item %1 cannot go from %2 to %3.</source>
        <translation>条目 %1 不能从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>Run %1 has no failed items to retry.</source>
        <translation>运行 %1 没有可重试的失败条目。</translation>
    </message>
    <message>
        <source>The journal keeps runs for at least one day.</source>
        <translation>日志至少保留一天的运行记录。</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>日志 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>SQLite error %1</source>
        <translation>SQLite 错误 %1</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (another DataArts Desk window or command?). Nothing was recorded; try again when it has finished.</source>
        <translation>日志 %1 被其他程序锁定（另一个 DataArts Desk 窗口或命令？）。未记录任何内容；请等其结束后重试。</translation>
    </message>
    <message>
        <source>The journal %1 is read-only, so DataArts Desk cannot record runs in it. Check the permissions of the file and its folder.</source>
        <translation>日志 %1 是只读的，DataArts Desk 无法在其中记录运行。请检查该文件及其所在文件夹的权限。</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full. Nothing was recorded; free some space and try again.</source>
        <translation>日志 %1 所在的磁盘已满。未记录任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The journal %1 is damaged or is not a DataArts Desk journal (%2). Move it aside so that a new one can be started.</source>
        <translation>日志 %1 已损坏或不是 DataArts Desk 日志（%2）。请将其移走，以便开始一个新日志。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened (%2).</source>
        <translation>无法打开日志 %1（%2）。</translation>
    </message>
    <message>
        <source>The journal %1 could not be read or written (%2). Nothing was recorded.</source>
        <translation>无法读写日志 %1（%2）。未记录任何内容。</translation>
    </message>
    <message>
        <source>The journal %1 reported an error: %2</source>
        <translation>日志 %1 报告了错误：%2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: it is a folder.</source>
        <translation>无法打开日志 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>The folder for the journal %1 cannot be created.</source>
        <translation>无法创建日志 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (journal mode &quot;%2&quot;), which it needs to survive a crash.</source>
        <translation>日志 %1 无法使用预写日志（日志模式“%2”），而这是在崩溃后保全记录所必需的。</translation>
    </message>
    <message>
        <source>The journal %1 gave no answer to &quot;%2&quot;.</source>
        <translation>日志 %1 没有对“%2”给出结果。</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of DataArts Desk (journal version %2; this version knows up to %3). Update DataArts Desk to use it.</source>
        <translation>日志 %1 由更新版本的 DataArts Desk 写入（日志版本 %2；本版本最高支持 %3）。请更新 DataArts Desk 后再使用。</translation>
    </message>
    <message>
        <source>Run %1 has been cancelled: nothing more is sent.</source>
        <translation>运行 %1 已取消：不再发送任何内容。</translation>
    </message>
    <message>
        <source>Item %1 appears more than once in the request.</source>
        <translation>条目 %1 在请求中出现了不止一次。</translation>
    </message>
    <message>
        <source>The journal %1 did not mark the items as being sent.</source>
        <translation>日志 %1 未能将这些条目标记为正在发送。</translation>
    </message>
    <message>
        <source>The journal %1 did not record the answer.</source>
        <translation>日志 %1 未能记录该应答。</translation>
    </message>
    <message>
        <source>Item %1 appears more than once in the answer to request %2.</source>
        <translation>条目 %1 在请求 %2 的应答中出现了不止一次。</translation>
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
    <name>RunExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
