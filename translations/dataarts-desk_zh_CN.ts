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
    <name>ClockOffset</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>in step with the server</source>
        <translation>与服务器一致</translation>
    </message>
    <message>
        <source>%1 behind the server</source>
        <translation>比服务器慢 %1</translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation>比服务器快 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s (server time %2). Requests are signed with the server&apos;s time; correct the system clock.</source>
        <translation>本机时钟比服务器慢 %1（服务器时间 %2）。请求已按服务器时间签名；请校正系统时钟。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s (server time %2). Requests are signed with the server&apos;s time; correct the system clock.</source>
        <translation>本机时钟比服务器快 %1（服务器时间 %2）。请求已按服务器时间签名；请校正系统时钟。</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2 ms)</source>
        <translation>已连接到 %1（%2 毫秒）</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1：连接失败</translation>
    </message>
    <message>
        <source>No connection profile is open.</source>
        <translation>没有打开的连接配置。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Connected: the server answered in %1 ms; this computer&apos;s clock is %2.</source>
        <translation>已连接：服务器在 %1 毫秒内应答；本机时钟%2。</translation>
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
        <source>Run %1 has been cancelled: nothing more is sent.</source>
        <translation>运行 %1 已取消：不再发送任何内容。</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>日志中没有运行 %1。</translation>
    </message>
    <message>
        <source>Item %1 appears more than once in the request.</source>
        <translation>条目 %1 在请求中出现了不止一次。</translation>
    </message>
    <message>
        <source>Item %1 of run %2 is not waiting to be sent, so it was not sent again.</source>
        <translation>运行 %2 的条目 %1 不在待发送状态，因此没有再次发送。</translation>
    </message>
    <message>
        <source>The journal %1 did not mark the items as being sent.</source>
        <translation>日志 %1 未能将这些条目标记为正在发送。</translation>
    </message>
    <message>
        <source>Item %1 is not waiting for the answer to request %2.</source>
        <translation>条目 %1 并未在等待请求 %2 的应答。</translation>
    </message>
    <message>
        <source>The journal %1 did not record the answer.</source>
        <translation>日志 %1 未能记录该应答。</translation>
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
        <source>Item %1 appears more than once in the answer to request %2.</source>
        <translation>条目 %1 在请求 %2 的应答中出现了不止一次。</translation>
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
    <name>Profile</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>built-in emulator</source>
        <translation>内置模拟器</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>No secure keychain is available (%1), and the keys are never written to a file. Start the desktop keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>没有可用的安全密钥环（%1），而密钥绝不会写入文件。请启动桌面密钥环（例如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
</context>
<context>
    <name>ProfileCommandAdd</name>
    <message>
        <source>Store a connection profile, with the keys from DATAARTS_AK / DATAARTS_SK in the keychain</source>
        <translation>保存连接配置，并将 DATAARTS_AK / DATAARTS_SK 中的密钥存入密钥环</translation>
    </message>
    <message>
        <source>The access key and secret key are read from the environment variables DATAARTS_AK and DATAARTS_SK, never from arguments.</source>
        <translation>访问密钥和秘密访问密钥从环境变量 DATAARTS_AK 和 DATAARTS_SK 读取，绝不从参数读取。</translation>
    </message>
    <message>
        <source>Name of the new profile.</source>
        <translation>新连接配置的名称。</translation>
    </message>
    <message>
        <source>Custom endpoint URL (https://host[:port]).</source>
        <translation>自定义终端节点 URL（https://host[:port]）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region id, such as cn-north-4.</source>
        <translation>区域 ID，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Project id (32 hexadecimal characters).</source>
        <translation>项目 ID（32 位十六进制字符）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Workspace id (the &quot;workspace&quot; header).</source>
        <translation>工作空间 ID（“workspace”请求头）。</translation>
    </message>
    <message>
        <source>DataArts Studio instance id (optional).</source>
        <translation>DataArts Studio 实例 ID（可选）。</translation>
    </message>
    <message>
        <source>DataService edition: SHARED or EXCLUSIVE.</source>
        <translation>数据服务版本：SHARED 或 EXCLUSIVE。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities.</source>
        <translation>额外受信任证书颁发机构的 PEM 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Give the name of the new profile: profile add NAME …</source>
        <translation>请给出新连接配置的名称：profile add NAME …</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>No keys: set DATAARTS_AK and DATAARTS_SK in the environment.</source>
        <translation>没有密钥：请在环境中设置 DATAARTS_AK 和 DATAARTS_SK。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its keys are in the keychain.</source>
        <translation>连接配置“%1”已保存，其密钥已存入密钥环。</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>连接配置未保存。</translation>
    </message>
</context>
<context>
    <name>ProfileCommandList</name>
    <message>
        <source>List the stored connection profiles</source>
        <translation>列出已保存的连接配置</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>输出格式：table（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table or json.</source>
        <translation>未知格式“%1”：请使用 table 或 json。</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;profile add NAME …&quot;.</source>
        <translation>还没有连接配置。请用“profile add NAME …”添加。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>REGION / ENDPOINT</source>
        <translation>区域 / 终端节点</translation>
    </message>
    <message>
        <source>PROJECT ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>* last used</source>
        <translation>* 上次使用</translation>
    </message>
</context>
<context>
    <name>ProfileCommandRemove</name>
    <message>
        <source>Remove a connection profile and its keychain entries</source>
        <translation>删除连接配置及其密钥环条目</translation>
    </message>
    <message>
        <source>Name of the profile.</source>
        <translation>连接配置的名称。</translation>
    </message>
    <message>
        <source>Remove the profile even when its keychain entries cannot be deleted.</source>
        <translation>即使无法删除其密钥环条目，也删除该连接配置。</translation>
    </message>
    <message>
        <source>Give the name of the profile: profile remove NAME</source>
        <translation>请给出连接配置的名称：profile remove NAME</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>No profile is called &quot;%1&quot;. &quot;profile list&quot; shows them.</source>
        <translation>没有名为“%1”的连接配置。“profile list”可列出所有配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was kept; use --force to remove it anyway.</source>
        <translation>已保留连接配置“%1”；如仍要删除，请使用 --force。</translation>
    </message>
    <message>
        <source>Its keychain entries may remain.</source>
        <translation>其密钥环条目可能仍然存在。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>连接配置“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入连接配置的名称。</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>连接配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot contain line breaks or control characters.</source>
        <translation>连接配置名称不能包含换行符或控制字符。</translation>
    </message>
    <message>
        <source>Choose a region or enter a custom endpoint URL.</source>
        <translation>请选择区域或输入自定义终端节点 URL。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;. Choose one of the listed regions, or enter a custom endpoint URL.</source>
        <translation>未知区域“%1”。请从列出的区域中选择，或输入自定义终端节点 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter it as https://host or https://host:port.</source>
        <translation>“%1”不是有效的 URL。请按 https://host 或 https://host:port 的格式输入。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>终端节点必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The endpoint takes only a scheme, a host and a port: no path, query or user name.</source>
        <translation>终端节点只能包含协议、主机和端口：不能有路径、查询参数或用户名。</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a loopback address (127.0.0.1, ::1, localhost). Use https for %1.</source>
        <translation>仅回环地址（127.0.0.1、::1、localhost）允许使用明文 http。请对 %1 使用 https。</translation>
    </message>
    <message>
        <source>Enter the project id, or resolve it from the region.</source>
        <translation>请输入项目 ID，或根据区域自动获取。</translation>
    </message>
    <message>
        <source>A project id has exactly 32 hexadecimal characters (0–9, a–f); &quot;%1&quot; does not.</source>
        <translation>项目 ID 必须恰好是 32 位十六进制字符（0–9、a–f）；“%1”不符合。</translation>
    </message>
    <message>
        <source>An instance id has 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>实例 ID 由 1 到 64 个字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>Enter or pick a workspace.</source>
        <translation>请输入或选择工作空间。</translation>
    </message>
    <message>
        <source>A workspace id has 3 to 64 characters; &quot;%1&quot; has %2.</source>
        <translation>工作空间 ID 为 3 到 64 个字符；“%1”有 %2 个。</translation>
    </message>
    <message>
        <source>A workspace id has no spaces and only printable ASCII characters.</source>
        <translation>工作空间 ID 不能有空格，且只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>The DataService edition is SHARED or EXCLUSIVE, not &quot;%1&quot;.</source>
        <translation>数据服务版本应为 SHARED 或 EXCLUSIVE，而不是“%1”。</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; does not exist.</source>
        <translation>CA 证书包“%1”不存在。</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; is not a readable file.</source>
        <translation>CA 证书包“%1”不是可读取的文件。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>An IAM user name has at most 64 characters and no control characters.</source>
        <translation>IAM 用户名最多 64 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>请输入账号名（租户名）。</translation>
    </message>
    <message>
        <source>An account name has at most 64 characters and no control characters.</source>
        <translation>账号名最多 64 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Enter the proxy host.</source>
        <translation>请输入代理主机。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>“%1”不是主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Enter the proxy port (1–65535).</source>
        <translation>请输入代理端口（1–65535）。</translation>
    </message>
    <message>
        <source>A proxy user name has at most 256 characters and no control characters.</source>
        <translation>代理用户名最多 256 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥（AK）。</translation>
    </message>
    <message>
        <source>An access key has at most 128 characters and no spaces.</source>
        <translation>访问密钥最多 128 个字符，且不能有空格。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Enter the IAM password.</source>
        <translation>请输入 IAM 密码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>DataService edition</source>
        <translation>数据服务版本</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM 用户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>代理用户</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Access key (AK)</source>
        <translation>访问密钥（AK）</translation>
    </message>
    <message>
        <source>Secret key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>SandboxStartup</name>
    <message>
        <source>The sandbox printed &quot;%1&quot; where its loopback URL was expected.</source>
        <translation>沙箱输出了“%1”，而此处应为其回环 URL。</translation>
    </message>
    <message>
        <source>The sandbox printed no URL.</source>
        <translation>沙箱没有输出 URL。</translation>
    </message>
    <message>
        <source>The sandbox did not print its project id, workspace and keys.</source>
        <translation>沙箱没有输出其项目 ID、工作空间和密钥。</translation>
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
    <name>dataarts::ApiActionReconciliation</name>
    <message>
        <source>not published on this cluster</source>
        <translation>未在该集群上发布</translation>
    </message>
    <message>
        <source>Took effect: the publish state is %1.</source>
        <translation>已生效：发布状态为 %1。</translation>
    </message>
    <message>
        <source>Did not take effect: the publish state is %1.</source>
        <translation>未生效：发布状态为 %1。</translation>
    </message>
    <message>
        <source>Already %1 on this cluster; the server answered: %2</source>
        <translation>该集群上已是 %1；服务端答复：%2</translation>
    </message>
    <message>
        <source>Accepted; the publish state is now %1.</source>
        <translation>已受理；当前发布状态为 %1。</translation>
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
    <name>dataarts::ApiActionStrategy</name>
    <message>
        <source>API %1 has no cluster.</source>
        <translation>API %1 未指定集群。</translation>
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
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
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
        <source>The request signature expired: this computer&apos;s clock is %1 behind the server&apos;s (server time %2). Correct the system clock.</source>
        <translation>请求签名已过期：本机时钟比服务器慢 %1（服务器时间 %2）。请校正系统时钟。</translation>
    </message>
    <message>
        <source>The request signature expired: this computer&apos;s clock is %1 ahead of the server&apos;s (server time %2). Correct the system clock.</source>
        <translation>请求签名已过期：本机时钟比服务器快 %1（服务器时间 %2）。请校正系统时钟。</translation>
    </message>
    <message>
        <source>The request may or may not have been applied: %1 after it was sent. It was not sent again; check the current state.</source>
        <translation>请求可能已生效，也可能未生效：请求发出后%1。请求未重发，请检查当前状态。</translation>
    </message>
    <message>
        <source>Server message: “%1”</source>
        <translation>服务器消息：“%1”</translation>
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
    <name>dataarts::ApplicationReviewStrategy</name>
    <message>
        <source>Say whether the applications are approved or rejected.</source>
        <translation>请指明通过还是驳回这些申请。</translation>
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
    <name>dataarts::ApprovalBatchStrategy</name>
    <message>
        <source>“%1” is not an environment type.</source>
        <translation>“%1”不是有效的环境类型。</translation>
    </message>
    <message>
        <source>“%1” is not a known business entity type.</source>
        <translation>“%1”不是已知的业务实体类型。</translation>
    </message>
</context>
<context>
    <name>dataarts::BatchEngine</name>
    <message>
        <source>There is no connection.</source>
        <translation>没有连接。</translation>
    </message>
    <message>
        <source>The profile has no project id.</source>
        <translation>该配置没有项目 ID。</translation>
    </message>
    <message>
        <source>The profile has no workspace.</source>
        <translation>该配置没有工作空间。</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>操作日志未打开。</translation>
    </message>
    <message>
        <source>Run %1 is already running.</source>
        <translation>运行 %1 已在进行中。</translation>
    </message>
    <message>
        <source>Run %1 has finished: there is nothing to resume.</source>
        <translation>运行 %1 已结束，没有可继续的内容。</translation>
    </message>
    <message>
        <source>Run %1 has no failed item to retry.</source>
        <translation>运行 %1 没有可重试的失败项。</translation>
    </message>
    <message>
        <source>Run %1 is still running.</source>
        <translation>运行 %1 仍在进行中。</translation>
    </message>
</context>
<context>
    <name>dataarts::BatchRun</name>
    <message>
        <source>This kind of run cannot be reconciled.</source>
        <translation>此类运行无法核对。</translation>
    </message>
    <message numerus="yes">
        <source>Not applied after %n attempts.</source>
        <translation>
            <numerusform>尝试 %n 次后仍未生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome of some items could not be found out.</source>
        <translation>无法确定部分条目的结果。</translation>
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
    <name>dataarts::ConnectionManager</name>
    <message>
        <source>The built-in sandbox is not available here.</source>
        <translation>此处无法使用内置沙箱。</translation>
    </message>
</context>
<context>
    <name>dataarts::ConnectionSettingsBuilder</name>
    <message>
        <source>The sandbox is not running.</source>
        <translation>沙箱未在运行。</translation>
    </message>
    <message>
        <source>access key (AK)</source>
        <translation>访问密钥（AK）</translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <source>No %1 is known for the profile &quot;%2&quot; in this session (there is no keychain). Enter it with &quot;Replace secret&quot;.</source>
        <translation>本次会话中没有连接配置“%2”的%1（没有密钥环）。请通过“替换密钥”输入。</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for the profile &quot;%2&quot;. Enter it with &quot;Replace secret&quot;.</source>
        <translation>密钥环中没有连接配置“%2”的%1。请通过“替换密钥”输入。</translation>
    </message>
</context>
<context>
    <name>dataarts::Discovery</name>
    <message>
        <source>IAM knows no project named “%1” for these keys.</source>
        <translation>对于这些密钥，IAM 中没有名为“%1”的项目。</translation>
    </message>
    <message numerus="yes">
        <source>IAM lists %n projects named “%1”; type the project id instead.</source>
        <translation>
            <numerusform>IAM 中有 %n 个名为“%1”的项目；请直接输入项目 ID。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::DraftSettingsBuilder</name>
    <message>
        <source>Enter the secret “%1” first.</source>
        <translation>请先输入“%1”。</translation>
    </message>
</context>
<context>
    <name>dataarts::DuplicateProfileJob</name>
    <message>
        <source>No such profile.</source>
        <translation>没有该连接配置。</translation>
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
    <name>dataarts::MessageConfirmStrategy</name>
    <message>
        <source>The confirmation must be now (0) or at a time (1).</source>
        <translation>确认方式须为立即执行（0）或定时执行（1）。</translation>
    </message>
</context>
<context>
    <name>dataarts::ProfileStore</name>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个连接配置名为“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the built-in sandbox profile.</source>
        <translation>“%1”是内置沙箱连接配置的名称。</translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1.</source>
        <translation>无法写入连接配置文件 %1。</translation>
    </message>
    <message>
        <source>The built-in sandbox profile cannot be stored.</source>
        <translation>内置沙箱连接配置不能保存。</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>该连接配置没有 ID。</translation>
    </message>
    <message>
        <source>A profile with this id exists already.</source>
        <translation>已存在具有此 ID 的连接配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>连接配置“%1”已不存在。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>No such profile.</source>
        <translation>没有该连接配置。</translation>
    </message>
</context>
<context>
    <name>dataarts::RemoveProfileJob</name>
    <message>
        <source>The built-in sandbox profile cannot be removed.</source>
        <translation>内置沙箱连接配置不能删除。</translation>
    </message>
    <message>
        <source>No such profile.</source>
        <translation>没有该连接配置。</translation>
    </message>
    <message>
        <source>The profile was kept because its keychain entries could not be deleted: %1</source>
        <translation>由于无法删除其密钥环条目，已保留该连接配置：%1</translation>
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
    <name>dataarts::RunSpec</name>
    <message>
        <source>The run has no items.</source>
        <translation>该运行没有任何条目。</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and %1.</source>
        <translation>分批大小须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The concurrency must be between 1 and %1.</source>
        <translation>并发数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>Item %1 (%2) is listed twice.</source>
        <translation>第 %1 项（%2）重复出现。</translation>
    </message>
</context>
<context>
    <name>dataarts::RunStrategy</name>
    <message>
        <source>An item has no id.</source>
        <translation>有条目缺少 ID。</translation>
    </message>
</context>
<context>
    <name>dataarts::SandboxLauncher</name>
    <message>
        <source>The sandbox program was not found at “%1”. It belongs beside DataArts Desk: reinstall the application, or build the dataarts-sandbox target.</source>
        <translation>在“%1”找不到沙箱程序。它应位于 DataArts Desk 旁边：请重新安装应用程序，或构建 dataarts-sandbox 目标。</translation>
    </message>
    <message>
        <source>“%1” is not an executable program, so the sandbox cannot start.</source>
        <translation>“%1”不是可执行程序，因此沙箱无法启动。</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>无法启动沙箱：%1</translation>
    </message>
    <message>
        <source>The sandbox crashed while starting.</source>
        <translation>沙箱在启动时崩溃。</translation>
    </message>
    <message>
        <source>The sandbox crashed.</source>
        <translation>沙箱已崩溃。</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit status %1).</source>
        <translation>沙箱在就绪前已停止（退出状态 %1）。</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly (exit status %1).</source>
        <translation>沙箱意外停止（退出状态 %1）。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>它的输出：%1</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox did not report its address within %n second(s).</source>
        <translation>
            <numerusform>沙箱未在 %n 秒内报告其地址。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::SecretStore</name>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>No secure keychain is available (%1). Secrets are kept in memory for this session only; nothing is written to disk. Start the desktop keyring (for example GNOME Keyring or KWallet) to save them.</source>
        <translation>没有可用的安全密钥环（%1）。密钥仅在本次会话的内存中保留，不会写入磁盘。如需保存，请启动桌面密钥环（例如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>密钥环没有应答</translation>
    </message>
    <message>
        <source>Cannot read from the keychain: %1</source>
        <translation>无法从密钥环读取：%1</translation>
    </message>
    <message>
        <source>Cannot save to the keychain: %1</source>
        <translation>无法保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Cannot delete from the keychain: %1</source>
        <translation>无法从密钥环删除：%1</translation>
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
    <name>dataarts::ui::ActionPage</name>
    <message>
        <source>Choose what to do with the APIs.</source>
        <translation>请选择对这些 API 执行的操作。</translation>
    </message>
    <message>
        <source>Takes the API off the cluster; its authorizations are removed. Authorized apps get two days&apos; notice.</source>
        <translation>从集群下线 API，并解除其授权。已授权的应用会提前两天收到通知。</translation>
    </message>
    <message>
        <source>Suspends the API on the cluster; its authorizations are kept. Authorized apps get two days&apos; notice.</source>
        <translation>在集群上停用 API，保留其授权。已授权的应用会提前两天收到通知。</translation>
    </message>
    <message>
        <source>Resumes a stopped API; its authorizations are restored. Without the reviewer&apos;s rights the reviewer must approve it.</source>
        <translation>恢复已停用的 API，并恢复其授权。没有审核人权限时需审核人批准。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What should happen to the APIs on these clusters?</source>
        <translation>要对这些集群上的 API 执行什么操作？</translation>
    </message>
    <message>
        <source>&amp;Unpublish (UNPUBLISH)</source>
        <translation>下线(&amp;U)（UNPUBLISH）</translation>
    </message>
    <message>
        <source>S&amp;top (STOP)</source>
        <translation>停用(&amp;T)（STOP）</translation>
    </message>
    <message>
        <source>&amp;Recover (RECOVER)</source>
        <translation>恢复(&amp;R)（RECOVER）</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ActionPreflightPage</name>
    <message numerus="yes">
        <source>%n APIs could not be checked: %1</source>
        <translation>
            <numerusform>%n 个 API 无法检查：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking which clusters accept the action: %1 of %2 APIs…</source>
        <translation>正在查询可执行该操作的集群：第 %1 个，共 %2 个 API…</translation>
    </message>
    <message>
        <source>The server does not offer this cluster for the action.</source>
        <translation>服务器未将此集群列为可执行该操作的集群。</translation>
    </message>
    <message>
        <source>The server says the action is not possible here (status %1).</source>
        <translation>服务器表示此处无法执行该操作（状态 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs can take the action.</source>
        <translation>
            <numerusform>%n 个 API × 集群组合可以执行该操作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs are left out (listed below with the server&apos;s cause).</source>
        <translation>
            <numerusform>%n 个组合被排除（下方列出服务器给出的原因）。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these pairs can take this action. Go back and change the pairs or the action.</source>
        <translation>这些组合都无法执行该操作。请返回修改组合或操作。</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>The server is asked, for every API, on which clusters the action is possible.</source>
        <translation>逐个 API 向服务器查询可执行该操作的集群。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ActionReviewPage</name>
    <message numerus="yes">
        <source>%1 on %n API × cluster pairs.</source>
        <translation>
            <numerusform>对 %n 个 API × 集群组合执行 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective time: %1.</source>
        <translation>生效时间：%1。</translation>
    </message>
    <message>
        <source>Calls to the same cluster are sent one after the other.</source>
        <translation>发往同一集群的请求依次发送。</translation>
    </message>
    <message>
        <source>No batch engine.</source>
        <translation>没有批处理引擎。</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>任务无法启动：%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check what will be sent. Submit starts the run; the progress view follows it.</source>
        <translation>请检查将要发送的内容。提交后开始执行，可在进度视图中跟踪。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>组合数</translation>
    </message>
    <message>
        <source>&amp;Requests, exactly as they will be sent:</source>
        <translation>请求（与实际发送的内容完全一致）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Copy as CLI command</source>
        <translation>复制为命令行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApiActionWizard</name>
    <message>
        <source>Unpublish, stop or recover APIs</source>
        <translation>下线、停用或恢复 API</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApisFilterBar</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Search the server by name</source>
        <translation>按名称在服务器上搜索</translation>
    </message>
    <message>
        <source>Press Enter to ask the server for the APIs whose name contains this text</source>
        <translation>按回车键向服务器查询名称包含此文本的 API</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Publish status:</source>
        <translation>发布状态(&amp;P)：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Any API type</source>
        <translation>任意 API 类型</translation>
    </message>
    <message>
        <source>Published or not</source>
        <translation>已发布或未发布</translation>
    </message>
    <message>
        <source>Published on a cluster</source>
        <translation>已在集群上发布</translation>
    </message>
    <message>
        <source>Not published anywhere</source>
        <translation>未在任何集群发布</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApisModel</name>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 在 %2 上：%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status on the cluster %1 (%2)</source>
        <translation>在集群 %1（%2）上的状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Authorization status</source>
        <translation>授权状态</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Status (shared edition)</source>
        <translation>状态（共享版）</translation>
    </message>
    <message>
        <source>Debug status</source>
        <translation>调试状态</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>在 %1 上</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApisPane</name>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Loading APIs…</source>
        <translation>正在加载 API…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln API(s)</source>
        <translation>
            <numerusform>已加载 %1 / %Ln 个 API</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the clusters…</source>
        <translation>正在加载集群…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln 个集群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) on %1</source>
        <translation>
            <numerusform>%Ln 个 API，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln API(s) on %2</source>
        <translation>
            <numerusform>显示 %1 / %Ln 个 API，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every page to select all matching APIs…</source>
        <translation>正在加载所有页面以选择全部匹配的 API…</translation>
    </message>
    <message numerus="yes">
        <source>Loading the remaining %Ln API(s) to select all that match…</source>
        <translation>
            <numerusform>正在加载剩余的 %Ln 个 API，以选择全部匹配项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpublish / Stop / Recover…</source>
        <translation>下线 / 停用 / 恢复…</translation>
    </message>
    <message>
        <source>Open the API-action wizard with the selected API × cluster pairs (a selected name stands for all its published clusters)</source>
        <translation>用所选的 API × 集群组合打开 API 操作向导（选中名称即代表该 API 已发布的所有集群）</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::AppController</name>
    <message numerus="yes">
        <source>no connection within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内未能连接</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>没有名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>Unknown Profile</source>
        <translation>未知连接配置</translation>
    </message>
    <message>
        <source>no profile to open; use --sandbox or --profile NAME</source>
        <translation>没有可打开的连接配置；请使用 --sandbox 或 --profile NAME</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApproverPage</name>
    <message>
        <source>Loading the approvers…</source>
        <translation>正在加载审核人…</translation>
    </message>
    <message>
        <source>The approvers could not be loaded: %1</source>
        <translation>无法加载审核人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n approvers</source>
        <translation>
            <numerusform>%n 位审核人</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the approver from the list, or approve it yourself.</source>
        <translation>请从列表中选择审核人，或由自己审批。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>The approver decides whether the entities go offline. Until then they stay published, waiting for the approval.</source>
        <translation>由审核人决定这些对象是否下线。在审批之前，它们保持已发布状态。</translation>
    </message>
    <message>
        <source>Approve it &amp;myself (fast approval: the entities go offline at once)</source>
        <translation>由我自己审批(&amp;M)（快速审批：对象立即下线）</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Search approvers by name or e-mail</source>
        <translation>按名称或邮箱搜索审核人</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::AuthSection</name>
    <message>
        <source>Kept in the keychain; “Replace secret…” changes it</source>
        <translation>保存在密钥环中；可通过“替换密钥…”更改</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation>访问密钥和秘密访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥（AK）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>秘密访问密钥（SK）(&amp;S)：</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Acc&amp;ount (domain):</source>
        <translation>账号（域）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Access key (AK)</source>
        <translation>访问密钥（AK）</translation>
    </message>
    <message>
        <source>Secret key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>账号（域）名称</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::BusyPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ConnectionBanner</name>
    <message>
        <source>Could not connect to %1. %2</source>
        <translation>无法连接到 %1。%2</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ConnectionSection</name>
    <message>
        <source>Choose a region first: IAM names each project after its region.</source>
        <translation>请先选择区域：IAM 以区域命名每个项目。</translation>
    </message>
    <message>
        <source>Look up the project id of %1 through IAM</source>
        <translation>通过 IAM 查询 %1 的项目 ID</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>查询(&amp;R)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>查找(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>Custom &amp;endpoint:</source>
        <translation>自定义终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>实例(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>工作空间(&amp;W)：</translation>
    </message>
    <message>
        <source>DataService edi&amp;tion:</source>
        <translation>数据服务版本(&amp;T)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>连接配置名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>None (custom endpoint)</source>
        <translation>无（自定义终端节点）</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义终端节点 URL</translation>
    </message>
    <message>
        <source>Only for a private endpoint or an emulator; empty: the region&apos;s public endpoint</source>
        <translation>仅用于私有终端节点或模拟器；留空则使用该区域的公共终端节点</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <source>Resolve the project id</source>
        <translation>查询项目 ID</translation>
    </message>
    <message>
        <source>DataArts Studio instance</source>
        <translation>DataArts Studio 实例</translation>
    </message>
    <message>
        <source>Optional; Find lists them</source>
        <translation>可选；“查找”可列出</translation>
    </message>
    <message>
        <source>Find the instances of the project</source>
        <translation>查找项目的实例</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Workspace id; Find lists them</source>
        <translation>工作空间 ID；“查找”可列出</translation>
    </message>
    <message>
        <source>Find the workspaces of the instance</source>
        <translation>查找实例的工作空间</translation>
    </message>
    <message>
        <source>DataService edition</source>
        <translation>数据服务版本</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>Shared (SHARED)</source>
        <translation>共享版（SHARED）</translation>
    </message>
    <message>
        <source>Exclusive (EXCLUSIVE)</source>
        <translation>专享版（EXCLUSIVE）</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::DetailsPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Fields of the selected record</source>
        <translation>所选记录的字段</translation>
    </message>
    <message>
        <source>Select a record to see its fields here.</source>
        <translation>选择一条记录即可在此查看其字段。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::EffectiveTimePage</name>
    <message>
        <source>Type a date and time as %1 in your time zone (%2).</source>
        <translation>请按 %1 格式输入您所在时区（%2）的日期和时间。</translation>
    </message>
    <message>
        <source>Takes effect at %1, sent as %2 (UTC).</source>
        <translation>于 %1 生效，发送值为 %2（UTC）。</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation>该时间已过。</translation>
    </message>
    <message>
        <source>Earlier than two days from now: where the API has authorized apps, the change waits until every app has processed its notice or this time comes.</source>
        <translation>早于两天之后：对于有已授权应用的 API，变更将等待所有应用处理完通知，或等到该时间。</translation>
    </message>
    <message>
        <source>“%1” is not a time in your time zone. Type one as %2.</source>
        <translation>“%1”不是您所在时区的有效时间。请按 %2 格式输入。</translation>
    </message>
    <message>
        <source>The effective time must be in the future.</source>
        <translation>生效时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>Effective time</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>UNPUBLISH and STOP give authorized apps two days&apos; notice; the default is the first whole hour after that.</source>
        <translation>下线和停用会提前两天通知已授权的应用；默认值为此后的第一个整点。</translation>
    </message>
    <message>
        <source>&amp;Takes effect at:</source>
        <translation>生效时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImportFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>导入列表</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 或文本文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::KeychainBanner</name>
    <message>
        <source>No keychain</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide this message for the rest of this session</source>
        <translation>在本次会话的剩余时间内隐藏此消息</translation>
    </message>
    <message>
        <source>Hide the keychain message</source>
        <translation>隐藏密钥环消息</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::LoadBar</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading; the rows already loaded stay</source>
        <translation>停止加载；已加载的行保留</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ask again for the page that failed</source>
        <translation>重新请求失败的页面</translation>
    </message>
    <message>
        <source>Load the rest</source>
        <translation>加载剩余部分</translation>
    </message>
    <message>
        <source>Go on loading from where loading stopped</source>
        <translation>从停止处继续加载</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::MainActions</name>
    <message>
        <source>&amp;Profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Create, edit, duplicate and delete connection profiles</source>
        <translation>创建、编辑、复制和删除连接配置</translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation>切换连接配置(&amp;W)</translation>
    </message>
    <message>
        <source>Choose the connection profile to open</source>
        <translation>选择要打开的连接配置</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>Open the current profile again and measure the connection</source>
        <translation>重新打开当前连接配置并测量连接</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the current pane again from the server</source>
        <translation>从服务器重新加载当前窗格</translation>
    </message>
    <message>
        <source>Take &amp;Offline…</source>
        <translation>下线(&amp;O)…</translation>
    </message>
    <message>
        <source>Take the selected entities offline</source>
        <translation>将所选实体下线</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>取消发布(&amp;U)…</translation>
    </message>
    <message>
        <source>Unpublish the selected APIs from their clusters</source>
        <translation>从集群上取消发布所选 API</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop the selected APIs on their clusters</source>
        <translation>在集群上停用所选 API</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>恢复(&amp;C)…</translation>
    </message>
    <message>
        <source>Recover the selected stopped APIs</source>
        <translation>恢复所选已停用的 API</translation>
    </message>
    <message>
        <source>&amp;About DataArts Desk</source>
        <translation>关于 DataArts Desk(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <source>About DataArts Desk</source>
        <translation>关于 DataArts Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DataArts Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the data-governance work of Huawei Cloud DataArts Studio: batch offline of Architecture entities, DataService API actions and approvals.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DataArts Desk %1&lt;/h3&gt;&lt;p&gt;华为云 DataArts Studio 数据治理工作的桌面客户端：数据架构对象批量下线、数据服务 API 操作与审批。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — DataArts Desk</source>
        <translation>%1 — DataArts Desk</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>窗格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>详细信息面板(&amp;D)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::NetworkSection</name>
    <message>
        <source>Kept in the keychain; “Replace secret…” changes it</source>
        <translation>保存在密钥环中；可通过“替换密钥…”更改</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>代理端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动代理</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>代理用户</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA 证书包文件</translation>
    </message>
    <message>
        <source>Optional; PEM file added to the system&apos;s trust</source>
        <translation>可选；添加到系统信任中的 PEM 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>选择 CA 证书包文件</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::OfflineReviewPage</name>
    <message numerus="yes">
        <source>%n entities go offline.</source>
        <translation>
            <numerusform>%n 个对象将下线。</numerusform>
        </translation>
    </message>
    <message>
        <source>You approve it yourself (fast approval): they go offline at once.</source>
        <translation>由您自己审批（快速审批）：对象立即下线。</translation>
    </message>
    <message>
        <source>Approver: %1. They stay published until %1 approves.</source>
        <translation>审核人：%1。在 %1 批准之前，对象保持已发布状态。</translation>
    </message>
    <message>
        <source>Scheduled at %1.</source>
        <translation>定时于 %1。</translation>
    </message>
    <message>
        <source>Not scheduled.</source>
        <translation>不定时。</translation>
    </message>
    <message>
        <source>Environment: not specified.</source>
        <translation>环境：未指定。</translation>
    </message>
    <message>
        <source>Environment: %1.</source>
        <translation>环境：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of at most %1 entities each.</source>
        <translation>
            <numerusform>%n 个请求，每个最多 %1 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>No batch engine.</source>
        <translation>没有批处理引擎。</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>任务无法启动：%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check what will be sent. Submit starts the run; the progress view follows it.</source>
        <translation>请检查将要发送的内容。提交后开始执行，可在进度视图中跟踪。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>对象数</translation>
    </message>
    <message>
        <source>&amp;Entities per request:</source>
        <translation>每个请求的对象数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Requests, exactly as they will be sent:</source>
        <translation>请求（与实际发送的内容完全一致）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Copy as CLI command</source>
        <translation>复制为命令行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::OfflineWizard</name>
    <message>
        <source>Take entities offline</source>
        <translation>批量下线</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::PageLoader</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::PaneArea</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1：%n 项待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>窗格</translation>
    </message>
    <message>
        <source>No panes yet. The Tables and APIs panes appear here once they are part of this build.</source>
        <translation>还没有窗格。表和 API 窗格加入此版本后会显示在这里。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::PreflightPage</name>
    <message numerus="yes">
        <source>Reading the status of %n entities…</source>
        <translation>
            <numerusform>正在读取 %n 个对象的状态…</numerusform>
        </translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>无法读取状态：%1</translation>
    </message>
    <message>
        <source>Already offline</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>Waiting for an approval (%1)</source>
        <translation>等待审批（%1）</translation>
    </message>
    <message>
        <source>Not published (%1)</source>
        <translation>未发布（%1）</translation>
    </message>
    <message>
        <source>Status unknown: entities of this type cannot be listed</source>
        <translation>状态未知：无法列出此类型的对象</translation>
    </message>
    <message>
        <source>Status unknown: not found in this workspace</source>
        <translation>状态未知：在此工作空间中未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are published and will be taken offline.</source>
        <translation>
            <numerusform>%n 个对象已发布，将被下线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 already offline, %2 waiting for an approval, %3 not published, %4 unknown.</source>
        <translation>已排除：%1 个已下线，%2 个等待审批，%3 个未发布，%4 个状态未知。</translation>
    </message>
    <message>
        <source>None of these entities can be taken offline. Go back and change the selection, or include the listed entities anyway.</source>
        <translation>这些对象都无法下线。请返回修改选择，或仍然包含列出的对象。</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Only published entities can go offline. The others are listed and left out.</source>
        <translation>只有已发布的对象可以下线。其他对象会列出并排除。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <source>Send the listed entities &amp;anyway (the server decides each)</source>
        <translation>仍然发送列出的对象(&amp;A)（由服务器逐个判断）</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ProfileDialog</name>
    <message>
        <source>IAM gave the project id of %1.</source>
        <translation>IAM 已返回 %1 的项目 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n instance(s).</source>
        <translation>
            <numerusform>找到 %n 个实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n workspace(s).</source>
        <translation>
            <numerusform>找到 %n 个工作空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新连接配置</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Correct the marked fields first: %1</source>
        <translation>请先更正标出的字段：%1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Asking IAM for the project of %1…</source>
        <translation>正在向 IAM 查询 %1 的项目…</translation>
    </message>
    <message>
        <source>Looking for the instances of the project…</source>
        <translation>正在查找项目的实例…</translation>
    </message>
    <message>
        <source>Looking for the workspaces of %1…</source>
        <translation>正在查找 %1 的工作空间…</translation>
    </message>
    <message>
        <source>The profile was not saved: correct the marked fields.</source>
        <translation>连接配置未保存：请更正标出的字段。</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>连接配置未保存：%1</translation>
    </message>
    <message>
        <source>This profile is no longer stored.</source>
        <translation>此连接配置已不再保存。</translation>
    </message>
    <message>
        <source>The new secret is stored in the keychain.</source>
        <translation>新密钥已存入密钥环。</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>编辑连接配置“%1”</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>连接配置设置</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Send one signed request with these settings and report the answer</source>
        <translation>用这些设置发送一个签名请求并报告应答</translation>
    </message>
    <message>
        <source>Rep&amp;lace Secret…</source>
        <translation>替换密钥(&amp;L)…</translation>
    </message>
    <message>
        <source>Store a new access key, secret key or password in the keychain</source>
        <translation>将新的访问密钥、秘密访问密钥或密码存入密钥环</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ProfileManagerDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（已打开）</translation>
    </message>
    <message>
        <source>Project %1, workspace %2</source>
        <translation>项目 %1，工作空间 %2</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>已保存连接配置“%1”。</translation>
    </message>
    <message>
        <source>Created “%1” with copies of the secrets.</source>
        <translation>已创建“%1”，并复制了其密钥。</translation>
    </message>
    <message>
        <source>Could not duplicate the profile: %1</source>
        <translation>无法复制连接配置：%1</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its keys and passwords in the keychain? This cannot be undone.</source>
        <translation>删除连接配置“%1”及其在密钥环中的密钥和密码？此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted the profile “%1” and its keychain entries.</source>
        <translation>已删除连接配置“%1”及其密钥环条目。</translation>
    </message>
    <message>
        <source>The profile “%1” was kept: %2</source>
        <translation>已保留连接配置“%1”：%2</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Profiles keep their settings in a file and their keys and passwords only in the system keychain. The built-in Sandbox needs no profile.</source>
        <translation>连接配置的设置保存在文件中，其密钥和密码只保存在系统密钥环中。内置沙箱无需连接配置。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ProfileSwitcher</name>
    <message>
        <source>Manage Profiles…</source>
        <translation>管理连接配置…</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>未打开连接配置</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>The connection profile in use</source>
        <translation>正在使用的连接配置</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RecordPane</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1（已停止）</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <source>“Select all matching” goes on after a retry.</source>
        <translation>重试后将继续“全选匹配项”。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the list again from the server; the selection stays</source>
        <translation>从服务器重新读取列表；选择保持不变</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>全选匹配项</translation>
    </message>
    <message>
        <source>Select everything that matches the filters, loading the pages not loaded yet</source>
        <translation>选择与筛选条件匹配的全部项，并先加载尚未加载的页面</translation>
    </message>
    <message>
        <source>Filter the loaded rows…</source>
        <translation>筛选已加载的行…</translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain every word typed</source>
        <translation>只显示包含所输入全部词语的已加载行</translation>
    </message>
    <message>
        <source>Filter the loaded rows</source>
        <translation>筛选已加载的行</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ReplaceSecretDialog</name>
    <message>
        <source>Type the new secret first; empty fields keep their secret.</source>
        <translation>请先输入新密钥；留空的字段保留原有密钥。</translation>
    </message>
    <message>
        <source>The secret was not replaced: %1</source>
        <translation>密钥未替换：%1</translation>
    </message>
    <message>
        <source>Replace Secret of “%1”</source>
        <translation>替换“%1”的密钥</translation>
    </message>
    <message>
        <source>Type the new values. They go to the keychain only; fields left empty keep the secret stored now.</source>
        <translation>请输入新值。它们只会存入密钥环；留空的字段保留当前保存的密钥。</translation>
    </message>
    <message>
        <source>New %1:</source>
        <translation>新%1：</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::SchedulePage</name>
    <message>
        <source>Without a time the request is processed at once.</source>
        <translation>不指定时间时，请求立即处理。</translation>
    </message>
    <message>
        <source>Takes effect at %1 (sent as schedule_time %2).</source>
        <translation>于 %1 生效（发送为 schedule_time %2）。</translation>
    </message>
    <message>
        <source>Type a time of day such as %1.</source>
        <translation>请输入时间，例如 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type one such as %2, or clear “Schedule”.</source>
        <translation>“%1”不是有效的时间。请输入如 %2 的时间，或取消“定时”。</translation>
    </message>
    <message>
        <source>Schedule and environment</source>
        <translation>定时与环境</translation>
    </message>
    <message>
        <source>Optionally, a time of day for the offline and the environment it concerns.</source>
        <translation>可选：下线的执行时间及所涉及的环境。</translation>
    </message>
    <message>
        <source>&amp;Schedule at a time of day</source>
        <translation>定时执行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Not specified (the server&apos;s default)</source>
        <translation>不指定（使用服务器默认值）</translation>
    </message>
    <message>
        <source>Development (DEV_TYPE)</source>
        <translation>开发环境（DEV_TYPE）</translation>
    </message>
    <message>
        <source>Production (PROD_TYPE)</source>
        <translation>生产环境（PROD_TYPE）</translation>
    </message>
    <message>
        <source>Development and production (DEV_PROD_TYPE)</source>
        <translation>开发和生产环境（DEV_PROD_TYPE）</translation>
    </message>
    <message>
        <source>env_type is sent only when an environment is chosen.</source>
        <translation>仅在选择了环境时才发送 env_type。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::SelectionPage</name>
    <message>
        <source>%1 (left out)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines</source>
        <translation>
            <numerusform>%n 行有误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated lines left out</source>
        <translation>
            <numerusform>已排除 %n 个重复行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n bad lines listed below.</source>
        <translation>
            <numerusform>请修正或删除下方列出的 %n 个错误行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select entities in the Tables pane, or paste, type or import biz_type,biz_id lines.</source>
        <translation>请在“表”窗格中选择对象，或粘贴、输入、导入 biz_type,biz_id 行。</translation>
    </message>
    <message>
        <source>Entities to take offline</source>
        <translation>要下线的对象</translation>
    </message>
    <message>
        <source>One entity per line as biz_type,biz_id (any of the 40 entity types).</source>
        <translation>每行一个对象，格式为 biz_type,biz_id（40 种对象类型均可）。</translation>
    </message>
    <message>
        <source>The entities selected in the Tables pane are listed. Paste or type more lines, or import a CSV file (with or without a header).</source>
        <translation>已列出在“表”窗格中选择的对象。可粘贴或输入更多行，或导入 CSV 文件（可带或不带表头）。</translation>
    </message>
    <message>
        <source>For example: TABLE_MODEL,885123875376193536</source>
        <translation>例如：TABLE_MODEL,885123875376193536</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::StatusPanel</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock off by %1</source>
        <translation>时钟偏差 %1</translation>
    </message>
    <message>
        <source>Pane status</source>
        <translation>窗格状态</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>时钟警告</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::StatusText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Publishing (in review)</source>
        <translation>发布审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Going offline (in review)</source>
        <translation>下线审核中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Relational table</source>
        <translation>关系建模表</translation>
    </message>
    <message>
        <source>Logical entity</source>
        <translation>逻辑实体</translation>
    </message>
    <message>
        <source>Dimension table</source>
        <translation>维度表</translation>
    </message>
    <message>
        <source>Fact table</source>
        <translation>事实表</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Publish rejected</source>
        <translation>发布被驳回</translation>
    </message>
    <message>
        <source>Stopping (notice running)</source>
        <translation>停用中（通知期）</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Recovering (in review)</source>
        <translation>恢复审核中</translation>
    </message>
    <message>
        <source>Unpublishing (notice running)</source>
        <translation>下线中（通知期）</translation>
    </message>
    <message>
        <source>Unpublishing (in review)</source>
        <translation>下线审核中</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置方式</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本方式</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册方式</translation>
    </message>
    <message>
        <source>MyBatis</source>
        <translation>MyBatis 方式</translation>
    </message>
    <message>
        <source>Groovy</source>
        <translation>Groovy 方式</translation>
    </message>
    <message>
        <source>Not debugged</source>
        <translation>未调试</translation>
    </message>
    <message>
        <source>Debugging failed</source>
        <translation>调试失败</translation>
    </message>
    <message>
        <source>Debugged</source>
        <translation>调试成功</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TablesFilterBar</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Search the server by name</source>
        <translation>按名称在服务器上搜索</translation>
    </message>
    <message>
        <source>Press Enter to ask the server for the tables whose name contains this text</source>
        <translation>按回车键向服务器查询名称包含此文本的表</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any table type</source>
        <translation>任意表类型</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TablesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Warehouse type</source>
        <translation>数据仓库类型</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type (as sent)</source>
        <translation>类型（原始值）</translation>
    </message>
    <message>
        <source>Status (as sent)</source>
        <translation>状态（原始值）</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TablesPane</name>
    <message>
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation>正在加载表…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln table(s)</source>
        <translation>
            <numerusform>已加载 %1 / %Ln 张表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln 张表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln table(s)</source>
        <translation>
            <numerusform>显示 %1 / %Ln 张表</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every page to select all matching tables…</source>
        <translation>正在加载所有页面以选择全部匹配的表…</translation>
    </message>
    <message numerus="yes">
        <source>Loading the remaining %Ln table(s) to select all that match…</source>
        <translation>
            <numerusform>正在加载剩余的 %Ln 张表，以选择全部匹配项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Take offline…</source>
        <translation>下线…</translation>
    </message>
    <message>
        <source>Open the batch-offline wizard with the selected tables</source>
        <translation>用所选的表打开批量下线向导</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TargetsPage</name>
    <message>
        <source>%1 (left out)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message numerus="yes">
        <source>%n API × cluster pairs</source>
        <translation>
            <numerusform>%n 个 API × 集群组合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines</source>
        <translation>
            <numerusform>%n 行有误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated lines left out</source>
        <translation>
            <numerusform>已排除 %n 个重复行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n bad lines listed below.</source>
        <translation>
            <numerusform>请修正或删除下方列出的 %n 个错误行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select API × cluster pairs in the APIs pane, or paste, type or import api_id,instance_id lines.</source>
        <translation>请在“API”窗格中选择 API × 集群组合，或粘贴、输入、导入 api_id,instance_id 行。</translation>
    </message>
    <message>
        <source>APIs and clusters</source>
        <translation>API 与集群</translation>
    </message>
    <message>
        <source>One API × cluster pair per line as api_id,instance_id.</source>
        <translation>每行一个 API × 集群组合，格式为 api_id,instance_id。</translation>
    </message>
    <message>
        <source>The pairs selected in the APIs pane are listed. Paste or type more lines, or import a CSV file (with or without a header).</source>
        <translation>已列出在“API”窗格中选择的组合。可粘贴或输入更多行，或导入 CSV 文件（可带或不带表头）。</translation>
    </message>
    <message>
        <source>For example: 5f1c0a3e9b7d4c2a8e6f0b1d3c5a7e9f,628e06bb0fcd2d05890f98f45b0daa54</source>
        <translation>例如：5f1c0a3e9b7d4c2a8e6f0b1d3c5a7e9f,628e06bb0fcd2d05890f98f45b0daa54</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::WelcomePanel</name>
    <message>
        <source>Welcome to DataArts Desk</source>
        <translation>欢迎使用 DataArts Desk</translation>
    </message>
    <message>
        <source>No connection profile is open. Try everything at once on the built-in Sandbox, a local emulator of DataArts Studio with sample tables and APIs, or add a profile for your own DataArts Studio workspace.</source>
        <translation>没有打开的连接配置。您可以立即在内置沙箱（一个带有示例表和 API 的本地 DataArts Studio 模拟器）上体验全部功能，或为您自己的 DataArts Studio 工作空间添加连接配置。</translation>
    </message>
    <message>
        <source>Open the &amp;Sandbox</source>
        <translation>打开沙箱(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation>添加连接配置(&amp;A)…</translation>
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
    <message>
        <source>Desktop client for the data-governance work of Huawei Cloud DataArts Studio.</source>
        <translation>用于华为云 DataArts Studio 数据治理工作的桌面客户端。</translation>
    </message>
    <message>
        <source>Open the window, connect, print one line with the outcome and quit (status 0 when connected).</source>
        <translation>打开窗口并连接，输出一行结果后退出（连接成功时状态为 0）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
</context>
</TS>
