<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>dataarts::ApiActionJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API 的 ID 缺失或无效。</translation>
    </message>
    <message>
        <source>The cluster id is missing or not valid.</source>
        <translation>集群 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>dataarts::ApiActionRequest</name>
    <message>
        <source>The action must be UNPUBLISH, STOP or RECOVER.</source>
        <translation>操作必须是 UNPUBLISH、STOP 或 RECOVER。</translation>
    </message>
    <message>
        <source>The effective time “%1” is not of the form YYYY-MM-DDTHH:mm:ss.000Z.</source>
        <translation>生效时间“%1”的格式不是 YYYY-MM-DDTHH:mm:ss.000Z。</translation>
    </message>
</context>
<context>
    <name>dataarts::ApiError</name>
    <message>
        <source>The gateway refused the credentials: wrong signature, unknown access key or invalid token. After five failures in a row a key is locked for five minutes.</source>
        <translation>网关拒绝了认证信息：签名错误、访问密钥未知或令牌无效。连续失败五次后，密钥将被锁定五分钟。</translation>
    </message>
    <message>
        <source>The throttling threshold has been reached.</source>
        <translation>已达到流控阈值。</translation>
    </message>
    <message>
        <source>The workspace does not exist.</source>
        <translation>工作空间不存在。</translation>
    </message>
    <message>
        <source>The resource id is not valid.</source>
        <translation>资源 ID 无效。</translation>
    </message>
    <message>
        <source>The entity does not exist.</source>
        <translation>实体不存在。</translation>
    </message>
    <message>
        <source>The workspace or the instance does not exist.</source>
        <translation>工作空间或实例不存在。</translation>
    </message>
    <message>
        <source>The API does not exist.</source>
        <translation>API 不存在。</translation>
    </message>
    <message>
        <source>The app does not exist.</source>
        <translation>应用不存在。</translation>
    </message>
    <message>
        <source>The action is not allowed in the API&apos;s current state (for example, the API is already offline).</source>
        <translation>API 当前状态下不允许此操作（例如，API 已下线）。</translation>
    </message>
    <message>
        <source>The cluster does not exist.</source>
        <translation>集群不存在。</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>对象不存在。</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>请求失败。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>服务器的应答为空。</translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of data (a proxy or gateway error page?).</source>
        <translation>服务器返回了 HTML 页面而不是数据（可能是代理或网关的错误页面）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON (content type “%1”).</source>
        <translation>服务器的应答不是 JSON（内容类型“%1”）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>服务器的应答不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short.</source>
        <translation>服务器的应答不完整，被截断了。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not have the expected structure (%1).</source>
        <translation>服务器的应答结构与预期不符（%1）。</translation>
    </message>
    <message>
        <source>the server failed with HTTP %1</source>
        <translation>服务器出错（HTTP %1）</translation>
    </message>
    <message>
        <source>the connection broke (%1)</source>
        <translation>连接中断（%1）</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>未能及时收到应答</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>请求已被取消</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>应答无法读取</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>应答过大</translation>
    </message>
    <message>
        <source>the answer was lost</source>
        <translation>应答丢失</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>请求无效：%1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>Connecting to the server timed out.</source>
        <translation>连接服务器超时。</translation>
    </message>
    <message>
        <source>The server stopped answering (transfer timed out).</source>
        <translation>服务器停止了响应（传输超时）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>服务器证书未被接受：%1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3, SHA-256 %4.</source>
        <translation>证书：%1，颁发者 %2，有效期至 %3，SHA-256 指纹 %4。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400).</source>
        <translation>服务器拒绝了请求（HTTP 400）。</translation>
    </message>
    <message>
        <source>Authentication failed (HTTP 401). Check the access key and secret key, or the user name and password. The request was not repeated.</source>
        <translation>认证失败（HTTP 401）。请检查访问密钥（AK）和私有访问密钥（SK），或用户名和密码。请求未重发。</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403).</source>
        <translation>权限不足（HTTP 403）。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>未找到（HTTP 404）。</translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429) and kept doing so; try again later.</source>
        <translation>服务持续对请求进行流控（HTTP 429），请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>服务器出错（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used.</source>
        <translation>服务器的应答无法使用。</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 and was aborted.</source>
        <translation>应答超过了 %1 的上限，已中止。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The request may or may not have been applied: %1 after it was sent. It was not sent again; check the current state.</source>
        <translation>请求可能已生效，也可能未生效：请求发出后%1。请求未重发，请检查当前状态。</translation>
    </message>
    <message>
        <source>Server message: “%1”</source>
        <translation>服务器消息：“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The request signature expired: this computer&apos;s clock is %1 behind the server&apos;s (server time %2). Correct the system clock.</source>
        <translation>请求签名已过期：本机时钟比服务器慢 %1（服务器时间 %2）。请校正系统时钟。</translation>
    </message>
    <message>
        <source>The request signature expired: this computer&apos;s clock is %1 ahead of the server&apos;s (server time %2). Correct the system clock.</source>
        <translation>请求签名已过期：本机时钟比服务器快 %1（服务器时间 %2）。请校正系统时钟。</translation>
    </message>
</context>
<context>
    <name>dataarts::ApiJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The profile has no project id.</source>
        <translation>配置中没有项目 ID。</translation>
    </message>
    <message>
        <source>The profile has no workspace.</source>
        <translation>配置中没有工作空间。</translation>
    </message>
</context>
<context>
    <name>dataarts::ApprovalActionRequest</name>
    <message>
        <source>Select at least one approval.</source>
        <translation>请至少选择一个审批。</translation>
    </message>
    <message>
        <source>An approval is listed twice.</source>
        <translation>有审批被重复列出。</translation>
    </message>
    <message>
        <source>An approval id is empty.</source>
        <translation>有审批 ID 为空。</translation>
    </message>
    <message numerus="yes">
        <source>The message is longer than %n characters.</source>
        <translation>
            <numerusform>审批意见超过 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ApprovalBatchRequest</name>
    <message>
        <source>Select at least one entity.</source>
        <translation>请至少选择一个实体。</translation>
    </message>
    <message>
        <source>An entity id is empty or has surrounding spaces.</source>
        <translation>有实体 ID 为空或首尾带有空格。</translation>
    </message>
    <message>
        <source>“%1” is not a known business entity type.</source>
        <translation>“%1”不是已知的业务实体类型。</translation>
    </message>
    <message>
        <source>Entity %1 (%2) is listed twice.</source>
        <translation>实体 %1（%2）被重复列出。</translation>
    </message>
    <message>
        <source>Choose an approver (user id and name).</source>
        <translation>请选择审核人（用户 ID 和名称）。</translation>
    </message>
    <message>
        <source>The schedule time “%1” is not of the form MM_HH.</source>
        <translation>定时时间“%1”的格式不是 MM_HH。</translation>
    </message>
</context>
<context>
    <name>dataarts::ConfirmMessageRequest</name>
    <message>
        <source>The message id is empty.</source>
        <translation>消息 ID 为空。</translation>
    </message>
    <message>
        <source>The execution time “%1” is not of the form YYYY-MM-DDTHH:00:00.000Z.</source>
        <translation>执行时间“%1”的格式不是 YYYY-MM-DDTHH:00:00.000Z。</translation>
    </message>
    <message>
        <source>The execution time must be a whole hour.</source>
        <translation>执行时间必须是整点。</translation>
    </message>
    <message>
        <source>A time is only sent with a scheduled confirmation.</source>
        <translation>只有定时确认才需要时间。</translation>
    </message>
</context>
<context>
    <name>dataarts::IamTokenJob</name>
    <message>
        <source>The IAM user name or password is missing.</source>
        <translation>缺少 IAM 用户名或密码。</translation>
    </message>
    <message>
        <source>The account (domain) name is missing.</source>
        <translation>缺少账号（租户）名。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListAllTablesJob</name>
    <message>
        <source>“%1” is not a table type.</source>
        <translation>“%1”不是表类型。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListApiActionInstancesJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API 的 ID 缺失或无效。</translation>
    </message>
    <message>
        <source>The filter “action” is required.</source>
        <translation>必须提供过滤条件“action”。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListApiPublishInfoJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API 的 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListApprovalsJob</name>
    <message>
        <source>Give both the begin and the end time, or neither.</source>
        <translation>请同时提供开始时间和结束时间，或都不提供。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListIamProjectsJob</name>
    <message>
        <source>Choose a region to look up its project.</source>
        <translation>请选择区域以查询其项目。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListTableModelsJob</name>
    <message>
        <source>The filter “model_id” is required.</source>
        <translation>必须提供过滤条件“model_id”。</translation>
    </message>
</context>
<context>
    <name>dataarts::ListWorkspacesJob</name>
    <message>
        <source>The instance id is missing or not valid.</source>
        <translation>实例 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>dataarts::ReviewAppliesRequest</name>
    <message>
        <source>Select at least one application.</source>
        <translation>请至少选择一个申请。</translation>
    </message>
    <message>
        <source>An application is listed twice.</source>
        <translation>有申请被重复列出。</translation>
    </message>
    <message>
        <source>An application id is empty.</source>
        <translation>有申请 ID 为空。</translation>
    </message>
</context>
<context>
    <name>dataarts::Session</name>
    <message>
        <source>The manual proxy needs a host and a port.</source>
        <translation>手动代理需要主机和端口。</translation>
    </message>
    <message>
        <source>The CA bundle “%1” cannot be read or holds no PEM certificate.</source>
        <translation>CA 证书包“%1”无法读取，或不含 PEM 证书。</translation>
    </message>
    <message>
        <source>The access key or the secret key is missing.</source>
        <translation>缺少访问密钥（AK）或私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The IAM user name or password is missing.</source>
        <translation>缺少 IAM 用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint URL is not a valid http(s) URL.</source>
        <translation>终端节点 URL 不是有效的 http(s) 地址。</translation>
    </message>
</context>
<context>
    <name>dataarts::ShowApiJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API 的 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>dataarts::ShowApplyJob</name>
    <message>
        <source>The application id is missing or not valid.</source>
        <translation>申请 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>dataarts::ShowMessageJob</name>
    <message>
        <source>The message id is missing or not valid.</source>
        <translation>消息 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>dataarts::WithdrawApprovalsJob</name>
    <message>
        <source>Select at least one approval.</source>
        <translation>请至少选择一个审批。</translation>
    </message>
    <message>
        <source>The approval id “%1” is not valid.</source>
        <translation>审批 ID“%1”无效。</translation>
    </message>
    <message>
        <source>An approval is listed twice.</source>
        <translation>有审批被重复列出。</translation>
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
