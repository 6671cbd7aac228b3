<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiActionCommand</name>
    <message>
        <source>Unpublish, stop or recover DataService APIs on their clusters</source>
        <translation>在集群上取消发布、停用或恢复数据服务 API</translation>
    </message>
    <message>
        <source>Input lines are &quot;api_id,instance_id&quot; (a header line is optional). Without --time or --notice-hours the effective time is now + 48 hours, rounded up to the hour (UTC). Exit status: 0 when every pair succeeded, is scheduled or waits for approval (pending approval counts as submitted), 1 when some failed, 2 for usage or input errors, 3 for connection or authentication failures.</source>
        <translation>输入行为“api_id,instance_id”（标题行可选）。未给出 --time 或 --notice-hours 时，生效时间为当前时间加 48 小时并向上取整到整点（UTC）。退出状态：每个组合都成功、已排期或等待审批时为 0（等待审批视为已提交），部分失败时为 1，用法或输入错误时为 2，连接或认证失败时为 3。</translation>
    </message>
    <message>
        <source>UNPUBLISH, STOP or RECOVER.</source>
        <translation>UNPUBLISH、STOP 或 RECOVER。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Effective time, ISO 8601 UTC such as 2026-03-03T10:00:00.000Z.</source>
        <translation>生效时间，ISO 8601 UTC 格式，例如 2026-03-03T10:00:00.000Z。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Effective time: now + H hours, rounded up to the hour; 0 sends no time (at once).</source>
        <translation>生效时间：当前时间加 H 小时并向上取整到整点；0 表示不发送时间（立即执行）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Requests in flight at most (default 4).</source>
        <translation>同时进行的请求数上限（默认 4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Print the exact requests and send nothing.</source>
        <translation>打印将要发送的确切请求，但不发送任何内容。</translation>
    </message>
    <message>
        <source>File of api_id,instance_id lines; &quot;-&quot; for standard input.</source>
        <translation>包含 api_id,instance_id 行的文件；“-”表示标准输入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>One pair, API_ID@INSTANCE_ID; repeatable.</source>
        <translation>一个组合，API_ID@INSTANCE_ID；可重复。</translation>
    </message>
    <message>
        <source>API_ID@INSTANCE_ID</source>
        <translation>API_ID@INSTANCE_ID</translation>
    </message>
    <message>
        <source>Send the valid lines even when some are not valid.</source>
        <translation>即使有无效行，也发送有效的行。</translation>
    </message>
    <message>
        <source>Give --action UNPUBLISH, STOP or RECOVER.</source>
        <translation>请给出 --action UNPUBLISH、STOP 或 RECOVER。</translation>
    </message>
    <message>
        <source>Give --time or --notice-hours, not both.</source>
        <translation>请给出 --time 或 --notice-hours，不能同时给出。</translation>
    </message>
    <message>
        <source>Bad --time &quot;%1&quot;: expected ISO 8601, such as 2026-03-03T10:00:00.000Z.</source>
        <translation>--time“%1”无效：应为 ISO 8601 格式，例如 2026-03-03T10:00:00.000Z。</translation>
    </message>
    <message>
        <source>Note: %1 is less than 48 hours away; apps authorized to these APIs may not have processed the notice by then.</source>
        <translation>注意：%1 距现在不足 48 小时；已授权这些 API 的应用届时可能尚未处理通知。</translation>
    </message>
    <message>
        <source>Bad --notice-hours &quot;%1&quot;: expected a number of hours, 0 or more.</source>
        <translation>--notice-hours“%1”无效：应为 0 或更大的小时数。</translation>
    </message>
    <message>
        <source>Give the pairs with --input FILE (&quot;-&quot; for standard input) or with --target API_ID@INSTANCE_ID, one of the two.</source>
        <translation>请用 --input 文件（“-”表示标准输入）或 --target API_ID@INSTANCE_ID 给出组合，二者选一。</translation>
    </message>
    <message>
        <source>Accept a --time less than 48 hours away (the notice period of authorized apps).</source>
        <translation>接受距今不足 48 小时的 --time（已授权应用的通知期）。</translation>
    </message>
    <message>
        <source>--time %1 is in the past: give a time to come (or --notice-hours 0 for at once).</source>
        <translation>--time %1 已经过去：请指定一个将来的时间（或用 --notice-hours 0 立即执行）。</translation>
    </message>
    <message>
        <source>--time %1 is less than 48 hours away: apps authorized to these APIs may not have processed the notice by then. Add --force to send it anyway.</source>
        <translation>--time %1 距今不足 48 小时：已授权这些 API 的应用届时可能尚未处理通知。如仍要发送，请加上 --force。</translation>
    </message>
    <message>
        <source>--check and --dry-run go alone: give one of them.</source>
        <translation>--check 和 --dry-run 不能同时使用：请只给出其中一个。</translation>
    </message>
</context>
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
    <name>ApisListCommand</name>
    <message>
        <source>List DataService APIs with their status on each cluster</source>
        <translation>列出数据服务 API 及其在各集群上的状态</translation>
    </message>
    <message>
        <source>Only APIs whose name contains this text.</source>
        <translation>仅列出名称包含此文本的 API。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>API ID</source>
        <translation>API ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CLUSTER ID</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation>审核人</translation>
    </message>
</context>
<context>
    <name>ApproversListCommand</name>
    <message>
        <source>List the approvers of batch offline requests</source>
        <translation>列出批量下线申请的审批人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Read each target&apos;s current state and print what the run would do to it (&quot;will change&quot;, or &quot;skip&quot; with the reason); send nothing.</source>
        <translation>读取每个目标的当前状态，并打印运行将对它做什么（“将改变”，或“跳过”及原因）；不发送任何请求。</translation>
    </message>
    <message>
        <source>The current state could not be read: %1</source>
        <translation>无法读取当前状态：%1</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 target(s) will change; nothing was sent.</source>
        <translation>
            <numerusform>%1 个目标中有 %n 个将改变；未发送任何请求。</numerusform>
        </translation>
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
    <name>Command</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
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
        <source>biz_type is empty</source>
        <translation>biz_type 为空</translation>
    </message>
    <message>
        <source>unknown biz_type &quot;%1&quot;</source>
        <translation>未知的 biz_type“%1”</translation>
    </message>
    <message>
        <source>biz_id &quot;%1&quot; is outside the range of DataArts ids (at most 9223372036854775807)</source>
        <translation>biz_id“%1”超出 DataArts ID 的范围（最大 9223372036854775807）</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one recorded run&apos;s items as CSV or JSON</source>
        <translation>将一次已记录运行的条目导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>The run to export.</source>
        <translation>要导出的运行。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv 或 json（默认 csv）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark (for Excel).</source>
        <translation>在 CSV 开头写入字节顺序标记（供 Excel 使用）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Give the run to export: --run ID (see &quot;history&quot;).</source>
        <translation>请指定要导出的运行：--run ID（参见“history”）。</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: expected csv or json.</source>
        <translation>未知的 --format“%1”：应为 csv 或 json。</translation>
    </message>
    <message>
        <source>--bom is for CSV only.</source>
        <translation>--bom 仅适用于 CSV。</translation>
    </message>
    <message>
        <source>There is no run %1 in the journal %2.</source>
        <translation>日志 %2 中没有运行 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Run %1 exported to %2.</source>
        <translation>运行 %1 已导出到 %2。</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show the recorded runs (app and CLI), or one run&apos;s items</source>
        <translation>显示已记录的运行（应用和命令行），或某次运行的条目</translation>
    </message>
    <message>
        <source>Show this run&apos;s items.</source>
        <translation>显示此运行的条目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show at most N runs, newest first (default 50).</source>
        <translation>最多显示 N 次运行，最新的在前（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Bad --limit &quot;%1&quot;: expected a positive number.</source>
        <translation>--limit“%1”无效：应为正数。</translation>
    </message>
    <message>
        <source>Bad --run &quot;%1&quot;: expected a run id.</source>
        <translation>--run“%1”无效：应为运行 ID。</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>NOT DONE</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>There is no run %1 in the journal %2.</source>
        <translation>日志 %2 中没有运行 %1。</translation>
    </message>
    <message>
        <source>List the items of every run (or of --run) that still wait: scheduled to take effect at a time, or waiting for an approval. &quot;refresh --run ID&quot; reads them again.</source>
        <translation>列出所有运行（或 --run 指定的运行）中仍在等待的条目：计划于某一时间生效的，或等待审批的。用“refresh --run ID”重新读取它们。</translation>
    </message>
    <message>
        <source>UNDO OF</source>
        <translation>撤销的运行</translation>
    </message>
    <message>
        <source>UNDONE BY</source>
        <translation>撤销它的运行</translation>
    </message>
</context>
<context>
    <name>ImpactCommand</name>
    <message>
        <source>Show what depends on entities or API x cluster pairs before acting on them</source>
        <translation>在操作之前显示依赖于实体或 API × 集群组合的内容</translation>
    </message>
    <message>
        <source>For an entity: the DataService APIs that read its table, its downstream lineage and the Factory jobs and scripts that name it. For an API x cluster: the apps authorized to call it there and its calls. A read that fails makes that target &quot;impact unknown&quot;, never &quot;no impact&quot;. Exit status: 0 when the report was made (1 with --fail-on-impact when some target has impact), 2 for usage or input errors, 3 for connection or authentication failures.</source>
        <translation>对于实体：读取其表的数据服务 API、其下游血缘，以及引用它的数据开发作业和脚本。对于 API × 集群：在该集群上被授权调用它的应用及其调用量。读取失败时该目标为“影响未知”，绝不会显示为“无影响”。退出状态：报告生成时为 0（使用 --fail-on-impact 且有目标存在影响时为 1），用法或输入错误时为 2，连接或认证失败时为 3。</translation>
    </message>
    <message>
        <source>One entity, TYPE:ID; repeatable.</source>
        <translation>一个实体，TYPE:ID；可重复。</translation>
    </message>
    <message>
        <source>TYPE:ID</source>
        <translation>TYPE:ID</translation>
    </message>
    <message>
        <source>One API on one cluster, API_ID@INSTANCE_ID; repeatable.</source>
        <translation>一个集群上的一个 API，API_ID@INSTANCE_ID；可重复。</translation>
    </message>
    <message>
        <source>API_ID@INSTANCE_ID</source>
        <translation>API_ID@INSTANCE_ID</translation>
    </message>
    <message>
        <source>File of biz_type,biz_id or api_id,instance_id lines; &quot;-&quot; for standard input.</source>
        <translation>包含 biz_type,biz_id 或 api_id,instance_id 行的文件；“-”表示标准输入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>An API called within this many days has impact (default 7, at most 365).</source>
        <translation>在这么多天内被调用过的 API 视为存在影响（默认 7，最多 365）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Lineage hops downstream (default 3, at most 10).</source>
        <translation>向下游追踪的血缘层数（默认 3，最多 10）。</translation>
    </message>
    <message>
        <source>Exit 1 when some target has impact.</source>
        <translation>有目标存在影响时以 1 退出。</translation>
    </message>
    <message>
        <source>Give the targets with --input FILE (&quot;-&quot; for standard input), --entity TYPE:ID or --target API_ID@INSTANCE_ID, one of the three.</source>
        <translation>请用 --input 文件（“-”表示标准输入）、--entity TYPE:ID 或 --target API_ID@INSTANCE_ID 给出目标，三者选一。</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>no %1 with this id was found in the workspace</source>
        <translation>工作空间中未找到此 ID 的 %1</translation>
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
        <source>The journal %1 is read-only, so DataArts Desk cannot record runs in it. Check the permissions of the file and its folder.</source>
        <translation>日志 %1 是只读的，DataArts Desk 无法在其中记录运行。请检查该文件及其所在文件夹的权限。</translation>
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
        <source>Run %1 has sent items already: they are not marked as failed.</source>
        <translation>运行 %1 已发送过条目：不会将其标记为失败。</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (another DataArts Desk window or command?). The last change was not recorded; try again when it has finished.</source>
        <translation>日志 %1 被其他程序锁定（另一个 DataArts Desk 窗口或命令？）。最后一项更改未记录；请等其结束后重试。</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full. The last change was not recorded; free some space and try again.</source>
        <translation>日志 %1 所在的磁盘已满。最后一项更改未记录；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The journal %1 could not be read or written (%2). The last change was not recorded.</source>
        <translation>无法读写日志 %1（%2）。最后一项更改未记录。</translation>
    </message>
    <message>
        <source>The journal %1 does not exist: nothing has been recorded there.</source>
        <translation>日志 %1 不存在：其中尚未记录任何内容。</translation>
    </message>
    <message>
        <source>The damaged journal %1 could not be moved aside (%2).</source>
        <translation>无法将已损坏的日志 %1 移到一旁（%2）。</translation>
    </message>
    <message>
        <source>The journal %1 was damaged (%2). It is kept, unchanged, as %3; a new, empty journal was started. Runs recorded in the damaged copy are not listed any more.</source>
        <translation>日志 %1 已损坏（%2）。它已原样保留为 %3；已新建一个空日志。损坏副本中记录的运行不再列出。</translation>
    </message>
    <message>
        <source>The journal %1 was damaged (%2). It is kept, unchanged, as %3; a new journal is started by the next run. Runs recorded in the damaged copy are not listed any more.</source>
        <translation>日志 %1 已损坏（%2）。它已原样保留为 %3；下一次运行时会新建日志。损坏副本中记录的运行不再列出。</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2). Other DataArts Desk windows or commands have it open, so it was left in place: close them, then open it again to keep the damaged copy aside and start a new journal.</source>
        <translation>日志 %1 已损坏（%2）。其他 DataArts Desk 窗口或命令正在使用它，因此未移动：请关闭它们，然后再次打开，以便将损坏的副本移到一旁并新建日志。</translation>
    </message>
    <message>
        <source>The journal %1 has no runs of this version of DataArts Desk yet (journal version %2, not %3); it is brought up to date by the next run.</source>
        <translation>日志 %1 中还没有此版本 DataArts Desk 的运行（日志版本 %2，而非 %3）；下一次运行时会将其更新。</translation>
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
    <name>OfflineCommand</name>
    <message>
        <source>Take Architecture entities offline in batches</source>
        <translation>批量下线数据架构实体</translation>
    </message>
    <message>
        <source>Input lines are &quot;biz_type,biz_id&quot; (a header line is optional). Exit status: 0 when every entity succeeded or waits for approval (pending approval counts as submitted), 1 when some failed, 2 for usage or input errors, 3 for connection or authentication failures.</source>
        <translation>输入行为“biz_type,biz_id”（标题行可选）。退出状态：每个实体都成功或等待审批时为 0（等待审批视为已提交），部分失败时为 1，用法或输入错误时为 2，连接或认证失败时为 3。</translation>
    </message>
    <message>
        <source>The approver&apos;s user id (see &quot;approvers list&quot;).</source>
        <translation>审批人的用户 ID（见“approvers list”）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The approver&apos;s user name.</source>
        <translation>审批人的用户名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fast approval (only when you are an approver).</source>
        <translation>快速审批（仅当您是审批人时）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Environment: INVALID_TYPE, DEV_TYPE, PROD_TYPE or DEV_PROD_TYPE.</source>
        <translation>环境：INVALID_TYPE、DEV_TYPE、PROD_TYPE 或 DEV_PROD_TYPE。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entities per request (default 50).</source>
        <translation>每个请求的实体数（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Print the exact requests and send nothing.</source>
        <translation>打印将要发送的确切请求，但不发送任何内容。</translation>
    </message>
    <message>
        <source>File of biz_type,biz_id lines; &quot;-&quot; for standard input.</source>
        <translation>包含 biz_type,biz_id 行的文件；“-”表示标准输入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>One entity, TYPE:ID; repeatable.</source>
        <translation>一个实体，TYPE:ID；可重复。</translation>
    </message>
    <message>
        <source>TYPE:ID</source>
        <translation>TYPE:ID</translation>
    </message>
    <message>
        <source>Send the valid lines even when some are not valid.</source>
        <translation>即使有无效行，也发送有效的行。</translation>
    </message>
    <message>
        <source>Give the approver: --approver-id ID --approver-name NAME (see &quot;approvers list&quot;).</source>
        <translation>请给出审批人：--approver-id ID --approver-name 名称（见“approvers list”）。</translation>
    </message>
    <message>
        <source>Bad --schedule &quot;%1&quot;: expected HH:MM, such as 18:30.</source>
        <translation>--schedule“%1”无效：应为 HH:MM，例如 18:30。</translation>
    </message>
    <message>
        <source>Unknown --env-type &quot;%1&quot;.</source>
        <translation>未知的 --env-type“%1”。</translation>
    </message>
    <message>
        <source>Give the entities with --input FILE (&quot;-&quot; for standard input) or with --entity TYPE:ID, one of the two.</source>
        <translation>请用 --input 文件（“-”表示标准输入）或 --entity TYPE:ID 给出实体，二者选一。</translation>
    </message>
    <message>
        <source>Publish Architecture entities in batches</source>
        <translation>批量发布数据架构实体</translation>
    </message>
    <message>
        <source>Schedule time of the quality jobs, HH:MM (sent as MM_HH).</source>
        <translation>质量作业的调度时间，HH:MM（以 MM_HH 发送）。</translation>
    </message>
    <message>
        <source>--check and --dry-run go alone: give one of them.</source>
        <translation>--check 和 --dry-run 不能同时使用：请只给出其中一个。</translation>
    </message>
</context>
<context>
    <name>OutputFormatter</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>输出格式：table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>未知格式“%1”：请使用 table、csv 或 json。</translation>
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
    <message>
        <source>Seconds to wait for a connection with this profile (default: the app&apos;s setting).</source>
        <translation>使用此配置文件时等待连接的秒数（默认：应用设置）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer with this profile (default: the app&apos;s setting).</source>
        <translation>使用此配置文件时等待应答的秒数（默认：应用设置）。</translation>
    </message>
    <message>
        <source>Bad --%1 &quot;%2&quot;: expected a whole number of seconds from 1 to %3.</source>
        <translation>--%1 的值“%2”无效：应为 1 到 %3 之间的整数秒。</translation>
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
    <name>ProfileCommandTest</name>
    <message>
        <source>Test a connection profile with one signed call</source>
        <translation>用一次签名调用测试连接配置</translation>
    </message>
    <message>
        <source>Name of the profile.</source>
        <translation>配置名称。</translation>
    </message>
    <message>
        <source>Give the name of the profile: profile test NAME</source>
        <translation>请给出配置名称：profile test 名称</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
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
    <name>RefreshCommand</name>
    <message>
        <source>Re-read a run&apos;s scheduled and pending items: have they taken effect?</source>
        <translation>重新读取运行中已计划和待审批的条目：它们生效了吗？</translation>
    </message>
    <message>
        <source>Items that ended the run SCHEDULED (they take effect at a time) or waiting for an approval are read again from the server&apos;s state; those that took effect or were refused are recorded in the journal with the time they took effect. Items whose state cannot be read are left as they were, with the reason. Exit status: 0 when every item of the run is final, 7 when some still wait (or could not be read), 2 for usage errors, 3 for connection or authentication failures, 4 when the journal cannot be read or written.</source>
        <translation>运行结束时为 SCHEDULED（于某一时间生效）或等待审批的条目，将从服务器的状态重新读取；已生效或被拒绝的条目连同生效时间记入日志。无法读取状态的条目保持原样，并给出原因。退出状态：运行的所有条目均为最终状态时为 0，仍有条目在等待（或无法读取）时为 7，用法错误为 2，连接或认证失败为 3，日志无法读写时为 4。</translation>
    </message>
    <message>
        <source>Give the run to refresh: --run ID (see &quot;history --waiting&quot;).</source>
        <translation>请给出要刷新的运行：--run ID（见“history --waiting”）。</translation>
    </message>
    <message>
        <source>A read failed; the items it concerns were left as they were: %1</source>
        <translation>读取失败，相关条目保持原样：%1</translation>
    </message>
    <message>
        <source>Run %1 is unfinished: continue it with resume --run %1.</source>
        <translation>运行 %1 尚未完成：请用 resume --run %1 继续。</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Reconcile and continue an unfinished run</source>
        <translation>核对并继续未完成的运行</translation>
    </message>
    <message>
        <source>Items that were being sent when the run stopped are checked on the server and never sent twice. The exit status follows the same rules as the command that started the run.</source>
        <translation>运行停止时正在发送的条目会在服务器上核对，绝不会重复发送。退出状态与启动该运行的命令规则相同。</translation>
    </message>
    <message>
        <source>Give the run to resume: --run ID (see &quot;history&quot;).</source>
        <translation>请给出要继续的运行：--run ID（见“history”）。</translation>
    </message>
    <message>
        <source>Run %1 has finished: there is nothing to resume.</source>
        <translation>运行 %1 已结束：没有可继续的内容。</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Start a new run of the failed items of a finished run</source>
        <translation>为已结束运行中失败的项启动新的运行</translation>
    </message>
    <message>
        <source>The new run has the kind and parameters of the old one and records which run it retries; it connects as the old run did unless connection options say otherwise (another endpoint, project, workspace or edition is refused). The exit status follows the same rules as the command that started the run; 1 also when the run has no failed item.</source>
        <translation>新运行沿用原运行的类型和参数，并记录它重试的是哪个运行；除非连接选项另行指定，否则按原运行的方式连接（其他终端节点、项目、工作空间或版本会被拒绝）。退出状态规则与启动该运行的命令相同；运行中没有失败项时也为 1。</translation>
    </message>
    <message>
        <source>Give the run to retry: --run ID (see &quot;history&quot;).</source>
        <translation>请给出要重试的运行：--run ID（见“history”）。</translation>
    </message>
    <message>
        <source>Run %1 has not finished: resume it first (&quot;resume --run %1&quot;).</source>
        <translation>运行 %1 尚未结束：请先继续它（“resume --run %1”）。</translation>
    </message>
    <message>
        <source>Run %1 has no failed item: nothing to retry.</source>
        <translation>运行 %1 没有失败项：无需重试。</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n input line(s) are not valid. Correct them, or use --skip-bad-lines to send the valid ones only.</source>
        <translation>
            <numerusform>未发送任何内容：%n 个输入行无效。请更正，或使用 --skip-bad-lines 仅发送有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the input names no item.</source>
        <translation>无事可做：输入中没有任何条目。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad input line(s).</source>
        <translation>
            <numerusform>已跳过 %n 个无效输入行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 of %2 (%n item(s))</source>
        <translation>
            <numerusform>第 %1 个请求，共 %2 个（%n 个条目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>试运行：未发送任何内容。</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>Continue it later with: resume --run %1</source>
        <translation>稍后可用以下命令继续：resume --run %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 started: %n item(s).</source>
        <translation>
            <numerusform>运行 %1 已开始：%n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 resumed.</source>
        <translation>运行 %1 已继续。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>An item option&apos;s problem: &quot;--entity TABLE:12: unknown biz_type&quot;.</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Bad --%1 &quot;%2&quot;: expected a whole number from 1 to %3.</source>
        <translation>--%1 的值“%2”无效：应为 1 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: nothing was read.</source>
        <translation>%1 大于 %2 MB：未读取任何内容。</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>标准输入</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad input line(s).</source>
        <translation>
            <numerusform>…… 另有 %n 行无效输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit status 4 when the journal cannot be read or written, 5 when another process executes the run, 6 when SIGINT or SIGTERM stopped the run: the requests in flight are finished and recorded, nothing more is sent, and &quot;resume --run N&quot; continues it (a second signal ends the process at once; resume then checks what was in flight).</source>
        <translation>退出状态：4 表示无法读取或写入日志，5 表示另一个进程正在执行该运行，6 表示 SIGINT 或 SIGTERM 停止了运行：进行中的请求会完成并记录，不再发送新请求，可用 &quot;resume --run N&quot; 继续运行（再次发送信号会立即结束进程；继续运行时会核对进行中的请求）。</translation>
    </message>
    <message>
        <source>The journal failed during run %1: %2</source>
        <translation>运行 %1 期间日志出错：%2</translation>
    </message>
    <message>
        <source>Nothing was sent by this command.</source>
        <translation>此命令未发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>This command sent %n request(s),</source>
        <translation>
            <numerusform>此命令发送了 %n 个请求，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>carrying %n item(s).</source>
        <translation>
            <numerusform>共包含 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal records %1 item(s) with their answer, %2 item(s) sent whose answer it has not recorded, and %3 item(s) not sent.</source>
        <extracomment>What the journal holds after it failed during a run.</extracomment>
        <translation>日志记录了 %1 个已有应答的条目、%2 个已发送但未记录应答的条目，以及 %3 个未发送的条目。</translation>
    </message>
    <message>
        <source>The journal cannot be read back either (%1): what it holds of this run is not known here.</source>
        <translation>日志也无法读回（%1）：此处无法得知其中记录了该运行的哪些内容。</translation>
    </message>
    <message>
        <source>Once the journal works again, continue with: resume --run %1 (items sent without a recorded answer are checked on the server, never sent twice).</source>
        <translation>日志恢复正常后，可用以下命令继续：resume --run %1（已发送但未记录应答的条目会在服务器上核对，绝不会发送两次）。</translation>
    </message>
    <message>
        <source>Stopped by %1: no new request was sent; the requests in flight were finished and recorded.</source>
        <translation>已被 %1 停止：未发送新请求；进行中的请求已完成并记录。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Run %1 has ended with every item failed; there is nothing to resume.</source>
        <translation>运行 %1 已结束，所有条目均失败；没有可继续运行的内容。</translation>
    </message>
    <message>
        <source>Stopped by %1 before anything was sent.</source>
        <translation>在发送任何内容之前已被 %1 停止。</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopping. No new request is sent; the %n request(s) in flight finish and are recorded. Send it again to end at once.</source>
        <translation>
            <numerusform>%1：正在停止。不再发送新请求；进行中的 %n 个请求会完成并记录。再次发送该信号可立即结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no run %1 in the journal %2.</source>
        <translation>日志 %2 中没有运行 %1。</translation>
    </message>
    <message>
        <source>The run&apos;s id (see &quot;history&quot;).</source>
        <translation>运行 ID（见“history”）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Some names could not be read (%1); those targets are shown by id.</source>
        <translation>部分名称无法读取（%1）；这些目标以 ID 显示。</translation>
    </message>
    <message>
        <source>The names could not be recorded: %1</source>
        <translation>无法记录名称：%1</translation>
    </message>
    <message>
        <source>Run %1 started: the failed items of run %2.</source>
        <translation>运行 %1 已启动：运行 %2 的失败项。</translation>
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
    <message>
        <source>Publish again</source>
        <translation>重新发布</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>process %1 (%2) on %3 since %4</source>
        <extracomment>Who executes a run: &quot;process 4242 (dataarts-desk-cli) on host1 since 2026-12-05 10:00&quot;.</extracomment>
        <translation>主机 %3 上的进程 %1（%2），自 %4 起</translation>
    </message>
    <message>
        <source>Run %1 is being executed by another process.</source>
        <translation>运行 %1 正由另一个进程执行。</translation>
    </message>
    <message>
        <source>Run %1 is being executed by another process (%2).</source>
        <extracomment>%2 is who holds it: &quot;process 4242 (dataarts-desk-cli) on host1 since ...&quot;.</extracomment>
        <translation>运行 %1 正由另一个进程执行（%2）。</translation>
    </message>
    <message>
        <source>Cannot open the lock file %1 of run %2: %3</source>
        <translation>无法打开运行 %2 的锁文件 %1：%3</translation>
    </message>
    <message>
        <source>Cannot lock the lock file %1 of run %2: %3</source>
        <translation>无法锁定运行 %2 的锁文件 %1：%3</translation>
    </message>
    <message>
        <source>Cannot lock the lock file %1 of run %2: it keeps being replaced.</source>
        <translation>无法锁定运行 %2 的锁文件 %1：该文件不断被替换。</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>主机 %3 上的进程 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot lock the lock file %1 of run %2.</source>
        <translation>无法锁定运行 %2 的锁文件 %1。</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>Run %1 (%2): %n item(s); success %3, failed %4, pending approval %5, scheduled %6, unknown %7, cancelled %8, not done %9.</source>
        <translation>
            <numerusform>运行 %1（%2）：%n 个条目；成功 %3，失败 %4，待审批 %5，已排期 %6，未知 %7，已取消 %8，未完成 %9。</numerusform>
        </translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>REMARK</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>REQUEST ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>takes effect at %1</source>
        <translation>于 %1 生效</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
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
    <name>TablesListCommand</name>
    <message>
        <source>List Architecture tables (the five table types)</source>
        <translation>列出数据架构的表（五种表类型）</translation>
    </message>
    <message>
        <source>Table type, repeatable: %1 (default: all five).</source>
        <translation>表类型，可重复：%1（默认：全部五种）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Only tables whose name or code contains this text.</source>
        <translation>仅列出名称或编码包含此文本的表。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Only tables in this status: %1.</source>
        <translation>仅列出处于此状态的表：%1。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unknown table type &quot;%1&quot;: use one of %2.</source>
        <translation>未知的表类型“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>WAREHOUSE</source>
        <translation>数仓类型</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>skip %1%2: %3</source>
        <translation>跳过 %1%2：%3</translation>
    </message>
    <message>
        <source>Undo a finished run: put back the items it changed</source>
        <translation>撤销已结束的运行：将其更改过的条目恢复原状</translation>
    </message>
    <message>
        <source>Print the requests the undo would send; send nothing.</source>
        <translation>打印撤销将发送的请求；不发送任何内容。</translation>
    </message>
    <message>
        <source>Give the run to undo: --run ID (see &quot;history&quot;).</source>
        <translation>请指定要撤销的运行：--run ID（见“history”）。</translation>
    </message>
    <message>
        <source>The current state could not be read, so nothing was sent: %1</source>
        <translation>无法读取当前状态，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing of run %1 is left to undo.</source>
        <translation>运行 %1 已没有可撤销的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1: %2 on %n pair(s).</source>
        <translation>
            <numerusform>撤销运行 %1：对 %n 个组合执行 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch offline: the approver&apos;s user id (default: the run&apos;s approver).</source>
        <translation>批量下线：审批人的用户 ID（默认：该运行的审批人）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Batch offline: the approver&apos;s user name (default: the run&apos;s approver).</source>
        <translation>批量下线：审批人的用户名（默认：该运行的审批人）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Batch offline: fast approval (only when you are an approver; default: as the run).</source>
        <translation>批量下线：快速审批（仅当您是审批人时；默认：与该运行相同）。</translation>
    </message>
    <message>
        <source>--approver-id, --approver-name and --fast apply to the undo of a batch offline only.</source>
        <translation>--approver-id、--approver-name（审批人）和 --fast 仅适用于撤销批量下线。</translation>
    </message>
    <message>
        <source>Give the approver: --approver-id ID --approver-name NAME (see &quot;approvers list&quot;).</source>
        <translation>请给出审批人：--approver-id ID --approver-name 名称（见“approvers list”）。</translation>
    </message>
    <message>
        <source>Run %1 recorded no approver: give one with --approver-id ID --approver-name NAME (see &quot;approvers list&quot;).</source>
        <translation>运行 %1 未记录审批人：请用 --approver-id ID --approver-name 名称给出（见“approvers list”）。</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1: batch publish of %n entity(s), approver %2%3.</source>
        <translation>
            <numerusform>撤销运行 %1：批量发布 %n 个对象，审批人 %2%3。</numerusform>
        </translation>
    </message>
    <message>
        <source> (fast approval)</source>
        <translation>（快速审批）</translation>
    </message>
    <message>
        <source>publish %1:%2%3: %4</source>
        <translation>发布 %1:%2%3：%4</translation>
    </message>
    <message>
        <source>status not readable for this type; the server refuses it if it is not offline</source>
        <translation>无法读取此类型的状态；若它已不处于下线状态，服务端会拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1: publish %n pair(s) again and authorize again the apps authorized before the run, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored.</source>
        <translation>
            <numerusform>撤销运行 %1：重新发布 %n 个 API × 集群，并重新授权运行前已授权的应用，各自授权至记录的截止时间。应用的静态参数和待审核的授权无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>publish %1@%2 (%3), then authorize: %4</source>
        <translation>发布 %1@%2（%3），然后授权：%4</translation>
    </message>
    <message>
        <source>apps not recorded by this run</source>
        <translation>该运行未记录应用</translation>
    </message>
    <message>
        <source>no app</source>
        <translation>无应用</translation>
    </message>
    <message>
        <source>A STOP run is undone by RECOVER, a RECOVER run by STOP, for the pairs the run changed; an UNPUBLISH run by publishing the pairs again and authorizing again the apps recorded just before it (their static parameters are not restored).</source>
        <translation>STOP（停用）运行以 RECOVER（恢复）撤销，RECOVER（恢复）运行以 STOP（停用）撤销，针对该运行改变过的 API × 集群；UNPUBLISH（取消发布）运行的撤销方式是重新发布这些 API × 集群，并重新授权运行前一刻记录的应用（其静态参数无法恢复）。</translation>
    </message>
    <message>
        <source>A batch-offline run is undone by a batch publish of the entities it took offline, with the original run&apos;s approver and fast approval unless --approver-id, --approver-name or --fast say otherwise. Each target&apos;s current state is read first: targets changed since the run (by someone else, or undone already) are skipped with the reason. Runs of other kinds are refused with the reason.</source>
        <translation>批量下线运行以批量发布其下线的实体撤销，审批人和快速审批沿用原运行，除非用 --approver-id、--approver-name 或 --fast 另行指定。先读取每个目标的当前状态：运行之后已改变的目标（被他人改变或已撤销）将被跳过并说明原因。其他类型的运行会被拒绝并说明原因。</translation>
    </message>
</context>
<context>
    <name>WaitingRows</name>
    <message>
        <source>RUN</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>APPROVAL ID</source>
        <translation>审批 ID</translation>
    </message>
    <message>
        <source>TAKES EFFECT AT</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>APPS TO ACKNOWLEDGE</source>
        <translation>待确认的应用</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Run %1 has no item waiting.</source>
        <translation>运行 %1 没有等待中的条目。</translation>
    </message>
    <message>
        <source>Run %1: %2 took effect, %3 refused, %4 still waiting.</source>
        <extracomment>The follow-up of one run: how many items took effect, were refused, still wait.</extracomment>
        <translation>运行 %1：%2 个已生效，%3 个被拒绝，%4 个仍在等待。</translation>
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
        <source>Accepted; the publish state is now %1.</source>
        <translation>已受理；当前发布状态为 %1。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Already %1 (%2) on this cluster before this run. %3</source>
        <translation>本次运行之前已在该集群上%1（%2）。%3</translation>
    </message>
    <message>
        <source>Already %1 (%2) on this cluster before this run; the server answered: %3</source>
        <translation>本次运行之前已在该集群上%1（%2）；服务器应答：%3</translation>
    </message>
    <message>
        <source>Already waiting before this run (%1); takes effect at %2.</source>
        <translation>本次运行之前已在等待（%1）；于%2生效。</translation>
    </message>
    <message>
        <source>Already waiting before this run (%1); it takes effect at the time given then, which no run in this journal recorded.</source>
        <translation>本次运行之前已在等待（%1）；它将在当时指定的时间生效，本日志中没有运行记录该时间。</translation>
    </message>
    <message>
        <source>%1 Not applied: the publish state is %2.</source>
        <translation>%1 未执行：发布状态为%2。</translation>
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
    <message>
        <source>Only the API&apos;s reviewer can do this (unpublish or stop it, or decide its message).</source>
        <translation>只有该 API 的审核人可以执行此操作（取消发布或停用它，或处理其消息）。</translation>
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
    <name>dataarts::ApprovalBatchReconciliation</name>
    <message>
        <source>The reads after it show it was not applied.</source>
        <translation>之后的读取表明它未被执行。</translation>
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
        <translation>请选择审批人（用户 ID 和名称）。</translation>
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
    <name>dataarts::AuthorizeAppsJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API 的 ID 缺失或无效。</translation>
    </message>
    <message>
        <source>The cluster id is missing or not valid.</source>
        <translation>集群 ID 缺失或无效。</translation>
    </message>
    <message>
        <source>No app to authorize.</source>
        <translation>没有要授权的应用。</translation>
    </message>
    <message>
        <source>An app id is empty.</source>
        <translation>有应用 ID 为空。</translation>
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
    <message>
        <source>endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>DataService edition</source>
        <translation>数据服务版本</translation>
    </message>
    <message>
        <source>%1: %2 for the run, %3 here</source>
        <extracomment>One difference between a run&apos;s connection and the open one: &quot;workspace: W1 for the run, W2 here&quot;. &quot;(none)&quot; stands for an empty value.</extracomment>
        <translation>%1：运行使用 %2，此处为 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Run %1 was made on another connection (%2). It continues only on the connection it was made on: open that profile, or give its endpoint, project, workspace and edition.</source>
        <translation>运行 %1 是在另一个连接上创建的（%2）。它只能在创建它的连接上继续：请打开该配置，或指定其终端节点、项目、工作空间和版本。</translation>
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
    <name>dataarts::FactorySearchJob</name>
    <message>
        <source>The Factory search needs at least two characters.</source>
        <translation>数据开发搜索至少需要两个字符。</translation>
    </message>
    <message>
        <source>The Factory search page is out of range.</source>
        <translation>数据开发搜索的页码超出范围。</translation>
    </message>
</context>
<context>
    <name>dataarts::FollowUpText</name>
    <message>
        <source>There is no connection to read the waiting items with.</source>
        <translation>没有可用于读取等待条目的连接。</translation>
    </message>
    <message>
        <source>Not read again, so left as it was: %1</source>
        <translation>未能重新读取，因此保持原样：%1</translation>
    </message>
    <message>
        <source>The apps still to acknowledge could not be read: %1</source>
        <translation>无法读取仍需确认的应用：%1</translation>
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
    <name>dataarts::ImpactCheck</name>
    <message>
        <source>the table name of this entity is not known</source>
        <translation>此实体的表名未知</translation>
    </message>
    <message>
        <source>the table was not found in the Data Catalog</source>
        <translation>在数据目录中未找到该表</translation>
    </message>
    <message numerus="yes">
        <source>%1 calls in the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天调用 %1 次</numerusform>
        </translation>
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
    <name>dataarts::ListAuthorizedAppsJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API ID 缺失或无效。</translation>
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
    <name>dataarts::PublishApiJob</name>
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
    <name>dataarts::RepublishGap</name>
    <message numerus="yes">
        <source>Published again; %n app(s) authorized again.</source>
        <translation>
            <numerusform>已重新发布；已重新授权 %n 个应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not given back, their authorization has ended since: %1.</source>
        <translation>以下应用的授权在此期间已到期，未恢复：%1。</translation>
    </message>
    <message>
        <source>The publish waits for the API&apos;s reviewer; the apps are authorized again by undoing the run again once it is published.</source>
        <translation>发布正在等待该 API 的审核人审核；发布生效后再次撤销该运行，即可重新授权应用。</translation>
    </message>
    <message>
        <source>Changed since the run: it is %1 on this cluster now; nothing was sent.</source>
        <translation>运行之后已改变：它在该集群上的状态现为 %1；未发送任何请求。</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
</context>
<context>
    <name>dataarts::RepublishRequest</name>
    <message>
        <source>Published; the cluster shows it %1 for now: read again.</source>
        <translation>已发布；该集群目前显示其状态为 %1：将再次读取。</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
</context>
<context>
    <name>dataarts::RepublishStrategy</name>
    <message>
        <source>The apps to authorize again are not readable.</source>
        <translation>无法读取要重新授权的应用。</translation>
    </message>
    <message>
        <source>API %1 has no cluster.</source>
        <translation>API %1 未指定集群。</translation>
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
    <name>dataarts::RunCenter</name>
    <message>
        <source>The journal is not open.</source>
        <translation>日志未打开。</translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>未打开任何连接。</translation>
    </message>
    <message>
        <source>This run is not running.</source>
        <translation>此运行未在进行中。</translation>
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
    <message>
        <source>it was empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it was an HTML page</source>
        <translation>内容是HTML页面</translation>
    </message>
    <message>
        <source>it was cut short</source>
        <translation>内容被截断</translation>
    </message>
    <message>
        <source>it named no error code</source>
        <translation>其中没有错误码</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1), but its answer could not be read (%2).</source>
        <translation>服务器拒绝了该请求（HTTP %1），但其应答无法读取（%2）。</translation>
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
    <name>dataarts::SearchCatalogEntitiesJob</name>
    <message>
        <source>The catalog search needs a keyword.</source>
        <translation>数据目录搜索需要关键字。</translation>
    </message>
    <message>
        <source>The catalog search needs at least one entity type.</source>
        <translation>数据目录搜索至少需要一种实体类型。</translation>
    </message>
    <message>
        <source>The catalog search page is out of range.</source>
        <translation>数据目录搜索的页码超出范围。</translation>
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
    <name>dataarts::SettledRuns</name>
    <message numerus="yes">
        <source>%Ln entity(ies) taken offline</source>
        <translation>
            <numerusform>%Ln 个对象已下线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(ies) published</source>
        <translation>
            <numerusform>%Ln 个对象已发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) stopped</source>
        <translation>
            <numerusform>%Ln 个 API 已停用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) recovered</source>
        <translation>
            <numerusform>%Ln 个 API 已恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) unpublished</source>
        <translation>
            <numerusform>%Ln 个 API 已取消发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) took effect</source>
        <translation>
            <numerusform>%Ln 个条目已生效</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>What took effect, then what was refused: &quot;3 APIs stopped; 1 refused&quot;.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting change(s) took effect</source>
        <translation>
            <numerusform>%Ln 项等待中的更改已生效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting change(s) took effect or were refused</source>
        <translation>
            <numerusform>%Ln 项等待中的更改已生效或被拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ShowApiDashboardJob</name>
    <message>
        <source>The API id is missing or not valid.</source>
        <translation>API ID 缺失或无效。</translation>
    </message>
    <message>
        <source>The statistics need a start and an end time, the start first.</source>
        <translation>统计需要开始时间和结束时间，且开始时间在前。</translation>
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
    <name>dataarts::ShowLineageJob</name>
    <message>
        <source>The catalog entity id is missing or not valid.</source>
        <translation>数据目录实体 ID 缺失或无效。</translation>
    </message>
    <message>
        <source>The lineage depth must be at least 1.</source>
        <translation>血缘层数至少为 1。</translation>
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
    <name>dataarts::TargetCheck</name>
    <message>
        <source>will change</source>
        <translation>将改变</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>the status of this type cannot be listed; the server judges it</source>
        <translation>无法列出此类型的状态；由服务器判定</translation>
    </message>
    <message>
        <source>not found in this workspace</source>
        <translation>在此工作空间中未找到</translation>
    </message>
    <message>
        <source>already offline</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>it is %1, not PUBLISHED</source>
        <translation>其状态为 %1，不是已发布（PUBLISHED）</translation>
    </message>
    <message>
        <source>the API is not on this cluster</source>
        <translation>该 API 不在此集群上</translation>
    </message>
    <message>
        <source>not allowed on this cluster now: %1 (%2)</source>
        <translation>当前在此集群上不允许：%1（%2）</translation>
    </message>
    <message>
        <source>no cause given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
</context>
<context>
    <name>dataarts::TargetImpact</name>
    <message>
        <source>DataService APIs that read it</source>
        <translation>读取它的数据服务 API</translation>
    </message>
    <message>
        <source>Data Catalog</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>血缘</translation>
    </message>
    <message>
        <source>Factory jobs and scripts</source>
        <translation>数据开发作业和脚本</translation>
    </message>
    <message>
        <source>Authorized apps</source>
        <translation>已授权的应用</translation>
    </message>
    <message>
        <source>Call statistics</source>
        <translation>调用统计</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 无法检查：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n hop(s) downstream</source>
        <translation>
            <numerusform>%1，下游 %n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>, authorized until %1</source>
        <translation>，授权至 %1</translation>
    </message>
    <message>
        <source>No impact found</source>
        <translation>未发现影响</translation>
    </message>
    <message>
        <source>Has impact</source>
        <translation>存在影响</translation>
    </message>
    <message>
        <source>Impact unknown: could not be checked</source>
        <translation>影响未知：无法检查</translation>
    </message>
    <message>
        <source>Not applicable: not a table</source>
        <translation>不适用：不是表</translation>
    </message>
    <message numerus="yes">
        <source>%n API(s) read it</source>
        <translation>
            <numerusform>%n 个 API 读取它</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downstream in the lineage</source>
        <translation>
            <numerusform>血缘中有 %n 个下游</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Factory job node(s)</source>
        <translation>
            <numerusform>%n 个数据开发作业节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Factory script(s)</source>
        <translation>
            <numerusform>%n 个数据开发脚本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more Factory hit(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个数据开发结果未列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authorized app(s)</source>
        <translation>
            <numerusform>%n 个已授权的应用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recent calls</source>
        <translation>最近调用 %1 次</translation>
    </message>
</context>
<context>
    <name>dataarts::UndoLimits</name>
    <message>
        <source>Undo afterwards: a batch publish puts the entities back; it needs an approver.</source>
        <translation>事后撤销：以批量发布重新发布这些对象，需要审批人。</translation>
    </message>
    <message>
        <source>Entities published or changed by someone else meanwhile are skipped.</source>
        <translation>其间被他人发布或更改的对象将被跳过。</translation>
    </message>
    <message>
        <source>Not undone here: taking the entities offline again is for the offline wizard, which checks the impact first.</source>
        <translation>此处不能撤销：要再次下线这些对象，请使用下线向导，它会先检查影响。</translation>
    </message>
    <message>
        <source>Undo afterwards: a RECOVER puts the APIs back on their clusters.</source>
        <translation>事后撤销：以恢复操作让这些 API 在各自集群上恢复。</translation>
    </message>
    <message>
        <source>Pairs changed by someone else meanwhile are skipped.</source>
        <translation>其间被他人更改的组合将被跳过。</translation>
    </message>
    <message>
        <source>Undo afterwards: a STOP, with the usual two days&apos; notice.</source>
        <translation>事后撤销：以停用操作撤销，需照常提前两天通知。</translation>
    </message>
    <message>
        <source>The apps&apos; static parameters and pending authorizations cannot be restored, and the apps see an interruption.</source>
        <translation>应用的静态参数和待处理的授权无法恢复，应用会经历一次中断。</translation>
    </message>
    <message>
        <source>A withdrawal cannot be undone.</source>
        <translation>撤回后无法撤销。</translation>
    </message>
    <message>
        <source>Approval decisions cannot be undone.</source>
        <translation>审批决定无法撤销。</translation>
    </message>
    <message>
        <source>Undo afterwards: only by publishing again and re-authorizing the apps authorized now, which the run records before sending.</source>
        <translation>事后撤销：只能通过重新发布并重新授权当前已授权的应用来实现，运行会在发送前记录这些应用。</translation>
    </message>
    <message>
        <source>Not undone here: unpublishing again is for the API action wizard, which checks the impact first.</source>
        <translation>此处不能撤销：要再次取消发布，请使用 API 操作向导，它会先检查影响。</translation>
    </message>
</context>
<context>
    <name>dataarts::UndoLinks</name>
    <message>
        <source>Undo of run %1</source>
        <translation>撤销运行 %1</translation>
    </message>
    <message>
        <source>Undone by run %1</source>
        <translation>已由运行 %1 撤销</translation>
    </message>
    <message>
        <source>Undone by runs %1</source>
        <extracomment>%1: the run ids, separated by commas.</extracomment>
        <translation>已由运行 %1 撤销</translation>
    </message>
</context>
<context>
    <name>dataarts::UndoText</name>
    <message>
        <source>changed since the run: the server does not offer %1 on this cluster now</source>
        <translation>运行之后已被更改：服务端目前不在该集群上提供 %1</translation>
    </message>
    <message>
        <source>Run %1 has not finished: resume it or let it end first.</source>
        <translation>运行 %1 尚未结束：请先继续运行或等待其结束。</translation>
    </message>
    <message>
        <source>not in effect yet (scheduled): nothing to undo until it is</source>
        <translation>尚未生效（已排期）：生效前没有可撤销的内容</translation>
    </message>
    <message>
        <source>still waiting for approval: nothing changed yet</source>
        <translation>仍在等待审批：尚无更改</translation>
    </message>
    <message>
        <source>the run did not change it (%1)</source>
        <translation>该运行未更改它（%1）</translation>
    </message>
    <message>
        <source>not found in this workspace now: nothing to publish</source>
        <translation>当前在此工作空间中找不到：没有可发布的内容</translation>
    </message>
    <message>
        <source>published again since the run (by someone else, or undone already)</source>
        <translation>运行之后已被重新发布（被他人发布，或已撤销）</translation>
    </message>
    <message>
        <source>changed since the run: it is %1 now, no longer offline</source>
        <translation>运行之后已被更改：当前为 %1，不再处于下线状态</translation>
    </message>
    <message>
        <source>batch publish</source>
        <translation>批量发布</translation>
    </message>
    <message>
        <source>Run %1 undid run %2; it is not undone here: to take the entities offline again, use the offline wizard or &quot;offline&quot;, which check the impact first.</source>
        <translation>运行 %1 撤销了运行 %2；此处不撤销它：如需再次下线这些对象，请使用下线向导或“offline”，它们会先检查影响。</translation>
    </message>
    <message>
        <source>A batch publish is not undone here: to take the entities offline, use the offline wizard or &quot;offline&quot;, which check the impact first.</source>
        <translation>此处不撤销批量发布：如需下线这些对象，请使用下线向导或“offline”，它们会先检查影响。</translation>
    </message>
    <message>
        <source>Runs of this kind (%1) cannot be undone; only STOP, RECOVER and batch offline runs can.</source>
        <translation>此类运行（%1）无法撤销；只有停用（STOP）、恢复（RECOVER）和批量下线运行可以撤销。</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>a publish of it waits for the reviewer already</source>
        <translation>它的一次发布已在等待审核人审核</translation>
    </message>
    <message>
        <source>changed since the run: it is %1 on this cluster now</source>
        <translation>运行之后已改变：它在该集群上的状态现为 %1</translation>
    </message>
    <message>
        <source>published again since the run with its apps (by someone else, or undone already)</source>
        <translation>运行之后已连同其应用重新发布（被他人发布，或已撤销）</translation>
    </message>
    <message>
        <source>publish again</source>
        <translation>重新发布</translation>
    </message>
    <message>
        <source>This API action cannot be undone.</source>
        <translation>此 API 操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>dataarts::WaitingText</name>
    <message>
        <source>due</source>
        <extracomment>A scheduled change whose time has come: it is read again to see it done.</extracomment>
        <translation>已到期</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Time left: days and hours, e.g. &quot;2 d 03 h&quot;.</extracomment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Time left: hours and minutes, e.g. &quot;5 h 07 min&quot;.</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
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
    <name>dataarts::cli::ConnectionOptions</name>
    <message>
        <source>Connection profile (keys from its keychain entry).</source>
        <translation>连接配置（密钥取自其钥匙串条目）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Endpoint URL, without a profile (keys from DATAARTS_AK / DATAARTS_SK).</source>
        <translation>终端节点 URL，不使用配置时（密钥取自 DATAARTS_AK / DATAARTS_SK）。</translation>
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
        <source>Project id, without a profile.</source>
        <translation>项目 ID，不使用配置时。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Workspace id, without a profile.</source>
        <translation>工作空间 ID，不使用配置时。</translation>
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
        <source>Client-side requests per service, N/SECONDS, or &quot;off&quot; (default: the documented per-user limits).</source>
        <translation>客户端每个服务的请求速率，N/秒数，或“off”（默认：文档中的单用户限制）。</translation>
    </message>
    <message>
        <source>N/SECONDS</source>
        <translation>N/秒数</translation>
    </message>
    <message>
        <source>Bad --rate-limit &quot;%1&quot;: expected N/SECONDS, such as 120/10, or off.</source>
        <translation>--rate-limit“%1”无效：应为 N/秒数（例如 120/10）或 off。</translation>
    </message>
    <message>
        <source>Give either --profile or --endpoint / --region with --project-id and --workspace, not both.</source>
        <translation>请给出 --profile，或 --endpoint / --region 加 --project-id 和 --workspace，不能同时给出。</translation>
    </message>
    <message>
        <source>No connection: give --profile NAME, or --endpoint URL (or --region R) with --project-id ID and --workspace ID.</source>
        <translation>没有连接：请给出 --profile 名称，或 --endpoint URL（或 --region 区域）加 --project-id ID 和 --workspace ID。</translation>
    </message>
    <message>
        <source>No profile is called &quot;%1&quot;. &quot;profile list&quot; shows them.</source>
        <translation>没有名为“%1”的配置。“profile list”可列出所有配置。</translation>
    </message>
    <message>
        <source>No keys: set DATAARTS_AK and DATAARTS_SK in the environment (keys are never taken from arguments), or use --profile.</source>
        <translation>没有密钥：请在环境变量中设置 DATAARTS_AK 和 DATAARTS_SK（绝不从参数读取密钥），或使用 --profile。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Seconds after a write&apos;s outcome became unknown (timeout, reset) before a read saying it was not applied is believed, and it is sent again (default 180; keep it above the gateway&apos;s own timeout).</source>
        <translation>写请求结果未知（超时、连接重置）后，需经过多少秒，读取到的“未生效”才被采信并重新发送（默认 180；请设为大于网关自身超时的值）。</translation>
    </message>
    <message>
        <source>Bad --%1 &quot;%2&quot;: expected a whole number of seconds from %3 to %4.</source>
        <translation>--%1 的值“%2”无效：应为 %3 到 %4 之间的整数秒。</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection (default: the profile&apos;s, else 15).</source>
        <translation>等待连接的秒数（默认：配置文件的设置，否则为 15）。</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default: the profile&apos;s, else 60).</source>
        <translation>等待应答的秒数（默认：配置文件的设置，否则为 60）。</translation>
    </message>
</context>
<context>
    <name>dataarts::cli::ProgressPrinter</name>
    <message>
        <source>%1/%2  success %3  failed %4  %5/s</source>
        <translation>%1/%2  成功 %3  失败 %4  %5/秒</translation>
    </message>
</context>
<context>
    <name>dataarts::regions</name>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>华北-北京二</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>华东二</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>RU-Moscow2</source>
        <translation>俄罗斯-莫斯科二</translation>
    </message>
    <message>
        <source>RU-Moscow1</source>
        <translation>俄罗斯-莫斯科一</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A region in a list: its name, then its id, e.g. &quot;CN North-Beijing4 (cn-north-4)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::AccessibleText</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>清空此字段</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
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
        <translation>恢复已停用的 API，并恢复其授权。没有审核人权限时需审核人审批通过。</translation>
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
        <source>&amp;Unpublish</source>
        <translation>取消发布(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
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
    <message>
        <source>Left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Only the API&apos;s reviewer, %1, can unpublish or stop it; you are %2.</source>
        <translation>只有该 API 的审核人 %1 可以取消发布或停用它；您是 %2。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ActionReviewPage</name>
    <message>
        <source>Effective time: %1.</source>
        <translation>生效时间：%1。</translation>
    </message>
    <message>
        <source>Calls to the same cluster are sent one after the other.</source>
        <translation>发往同一集群的请求依次发送。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>组合数</translation>
    </message>
    <message numerus="yes">
        <source>Action: %1, on %n API × cluster pairs.</source>
        <translation>
            <numerusform>操作：%1，共 %n 个 API × 集群组合。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApiActionWizard</name>
    <message>
        <source>Unpublish, stop or recover APIs</source>
        <translation>取消发布、停用或恢复 API</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApisFilterBar</name>
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
        <translation>取消发布 / 停用 / 恢复…</translation>
    </message>
    <message>
        <source>Open the API-action wizard with the selected API × cluster pairs (a selected name stands for all its published clusters)</source>
        <translation>用所选的 API × 集群组合打开 API 操作向导（选中名称即代表该 API 已发布的所有集群）</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>影响…</translation>
    </message>
    <message>
        <source>Show what depends on the selected API × cluster pairs: the apps authorized to call them and their recent calls</source>
        <translation>显示依赖于所选 API × 集群组合的内容：被授权调用它们的应用及其最近的调用量</translation>
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
    <message>
        <source>Journal damaged</source>
        <translation>日志已损坏</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApprovalText</name>
    <message>
        <source>Architecture approval</source>
        <translation>数据架构审批</translation>
    </message>
    <message>
        <source>DataService message</source>
        <translation>数据服务消息</translation>
    </message>
    <message>
        <source>DataService application</source>
        <translation>数据服务申请</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Apply for access</source>
        <translation>申请使用</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Cancel authorization</source>
        <translation>解除授权</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApprovalsFilterBar</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <source>&amp;Me:</source>
        <translation>我(&amp;M)：</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>你的用户名</translation>
    </message>
    <message>
        <source>The user name approvals name you by, as approver and as submitter; press Enter to apply</source>
        <translation>审批中代表你的用户名（审批人和提交人）；按回车生效</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Search the server by entity or API name</source>
        <translation>按实体或 API 名称在服务器上搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Offline and publish</source>
        <translation>下线和发布</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>&amp;Entity type:</source>
        <translation>实体类型(&amp;E)：</translation>
    </message>
    <message>
        <source>Any entity type</source>
        <translation>任意实体类型</translation>
    </message>
    <message>
        <source>Su&amp;bmitter:</source>
        <translation>提交人(&amp;B)：</translation>
    </message>
    <message>
        <source>Any submitter</source>
        <translation>任意提交人</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>提交时间起</translation>
    </message>
    <message>
        <source>Submitted until</source>
        <translation>提交时间止</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Submitted bet&amp;ween</source>
        <translation>提交时间介于(&amp;W)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApprovalsModel</name>
    <message>
        <source>Entity or API</source>
        <translation>实体或 API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>实体类型</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>实体 ID</translation>
    </message>
    <message>
        <source>API ID</source>
        <translation>API ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>审批意见</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Loading Architecture approvals (%1 so far)…</source>
        <translation>正在加载数据架构审批（已加载 %1 条）…</translation>
    </message>
    <message>
        <source>Loading DataService messages…</source>
        <translation>正在加载数据服务消息…</translation>
    </message>
    <message>
        <source>Loading the DataService applications you sent…</source>
        <translation>正在加载你发出的数据服务申请…</translation>
    </message>
    <message>
        <source>Loading DataService applications…</source>
        <translation>正在加载数据服务申请…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln DataService application(s)</source>
        <translation>
            <numerusform>已加载 %1 / %Ln 条数据服务申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln item(s)</source>
        <translation>
            <numerusform>显示 %1 / %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still waiting</source>
        <translation>
            <numerusform>%Ln 项仍在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every page to select all matching items…</source>
        <translation>正在加载所有页以选中全部匹配项…</translation>
    </message>
    <message numerus="yes">
        <source>Loading the remaining %Ln item(s) to select all that match…</source>
        <translation>
            <numerusform>正在加载剩余的 %Ln 项以选中全部匹配项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected waits for a decision.</source>
        <translation>所选项中没有待审批的。</translation>
    </message>
    <message>
        <source>Nothing selected can be rejected (DataService messages can only be confirmed).</source>
        <translation>所选项均不能驳回（数据服务消息只能确认）。</translation>
    </message>
    <message>
        <source>Only DataService messages can be approved at a time; none is selected.</source>
        <translation>只有数据服务消息可以定时通过；未选中任何消息。</translation>
    </message>
    <message>
        <source>Only pending Architecture approvals can be withdrawn; none is selected.</source>
        <translation>只有待审批的数据架构审批可以撤回；未选中任何此类审批。</translation>
    </message>
    <message>
        <source>Bulk actions need an open profile.</source>
        <translation>批量操作需要先打开一个配置。</translation>
    </message>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1（%Ln 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1.</source>
        <translation>已启动：%1。</translation>
    </message>
    <message>
        <source>“%1” finished.</source>
        <translation>“%1”已完成。</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2 of %Ln item(s) done.</source>
        <translation>
            <numerusform>“%1”：%Ln 项中已完成 %2 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed: %1</source>
        <translation>
            <numerusform>%Ln 项失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in this computer&apos;s journal created “%1”.</source>
        <translation>本机日志中没有创建“%1”的运行。</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>通过…</translation>
    </message>
    <message>
        <source>Resolve the selected Architecture approvals with a message, approve the selected applications and confirm the selected messages now</source>
        <translation>附审批意见通过所选数据架构审批，通过所选申请，并立即确认所选消息</translation>
    </message>
    <message>
        <source>Approve at a time…</source>
        <translation>定时通过…</translation>
    </message>
    <message>
        <source>Confirm the selected DataService messages for a later time</source>
        <translation>将所选数据服务消息确认在稍后的时间执行</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Reject the selected Architecture approvals with a message, and the selected applications</source>
        <translation>附审批意见驳回所选数据架构审批，并驳回所选申请</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw your own pending Architecture requests</source>
        <translation>撤回你自己待审批的数据架构申请</translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation>查看运行</translation>
    </message>
    <message>
        <source>Show the run of this computer that created the selected request</source>
        <translation>查看本机上创建所选申请的运行</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApproverPage</name>
    <message>
        <source>Loading the approvers…</source>
        <translation>正在加载审批人…</translation>
    </message>
    <message>
        <source>The approvers could not be loaded: %1</source>
        <translation>无法加载审批人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n approvers</source>
        <translation>
            <numerusform>%n 位审批人</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the approver from the list, or approve it yourself.</source>
        <translation>请从列表中选择审批人，或由自己审批通过。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>The approver decides whether the entities go offline. Until then they stay published, waiting for the approval.</source>
        <translation>由审批人决定这些对象是否下线。在审批之前，它们保持已发布状态。</translation>
    </message>
    <message>
        <source>Approve it &amp;myself (fast approval: the entities go offline at once)</source>
        <translation>由我自己审批通过(&amp;M)（快速审批：对象立即下线）</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Search approvers by name or e-mail</source>
        <translation>按名称或邮箱搜索审批人</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Pick the approver from the list.</source>
        <translation>请从列表中选择审批人。</translation>
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
    <name>dataarts::ui::DecisionDialog</name>
    <message>
        <source>Approved.</source>
        <translation>同意。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %Ln Architecture approval(s) with this message:</source>
        <translation>
            <numerusform>以下列审批意见通过 %Ln 个数据架构审批：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln Architecture approval(s) with this message (the submitter sees it):</source>
        <translation>
            <numerusform>以下列审批意见驳回 %Ln 个数据架构审批（提交人可见）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DataService item(s) will be approved now (they take no message).</source>
        <translation>
            <numerusform>将立即通过 %Ln 个数据服务项（无需审批意见）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DataService application(s) will be rejected (they take no message).</source>
        <translation>
            <numerusform>将驳回 %Ln 个数据服务申请（无需审批意见）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to the submitter, at most %1 characters</source>
        <translation>给提交人的审批意见，最多 %1 个字符</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>审批意见</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::DesktopNotice</name>
    <message>
        <source>DataArts Desk</source>
        <translation>DataArts Desk</translation>
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
        <translation>取消发布和停用会提前两天通知已授权的应用；默认值为此后的第一个整点。</translation>
    </message>
    <message>
        <source>&amp;Takes effect at:</source>
        <translation>生效时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认值(&amp;D)</translation>
    </message>
    <message>
        <source>This time gives apps less than two days&apos; notice: confirm it, or choose a later time.</source>
        <translation>此时间给应用的通知期不足两天：请确认，或选择更晚的时间。</translation>
    </message>
    <message>
        <source>Send it with &amp;less than two days&apos; notice</source>
        <translation>以不足两天的通知期发送(&amp;L)</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::HistoryView</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>日志未打开。</translation>
    </message>
    <message>
        <source>No run matches.</source>
        <translation>没有匹配的运行。</translation>
    </message>
    <message>
        <source>Runs %1–%2 of %3</source>
        <translation>运行 %1–%2，共 %3</translation>
    </message>
    <message>
        <source>Any item state</source>
        <translation>任意条目状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Open in Progress</source>
        <translation>在进度视图中打开</translation>
    </message>
    <message>
        <source>Item state</source>
        <translation>条目状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Only runs created on or after the date</source>
        <translation>仅显示在该日期当天或之后创建的运行</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Only runs created on or before the date</source>
        <translation>仅显示在该日期当天或之前创建的运行</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Entity or API name, or an entity, API or cluster id</source>
        <translation>实体或 API 名称，或实体、API、集群 ID</translation>
    </message>
    <message>
        <source>Run %1: %2.</source>
        <translation>运行 %1：%2。</translation>
    </message>
    <message>
        <source>Open run %1</source>
        <translation>打开运行 %1</translation>
    </message>
    <message>
        <source>Open run %1, which this run undoes</source>
        <translation>打开运行 %1（本运行撤销的运行）</translation>
    </message>
    <message>
        <source>Open run %1, which undid this run</source>
        <translation>打开运行 %1（撤销了本运行的运行）</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImpactDialog</name>
    <message numerus="yes">
        <source>Impact of %n target(s)</source>
        <translation>
            <numerusform>%n 个目标的影响</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImpactPage</name>
    <message numerus="yes">
        <source>Leave out the %n target(s) with impact</source>
        <translation>
            <numerusform>排除存在影响的 %n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) with impact left out; they will not be sent.</source>
        <translation>
            <numerusform>已排除存在影响的 %n 个目标；它们不会被发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>What still depends on each target before anything is sent: the APIs, lineage and Factory jobs that use a table; the apps authorized to call an API and its recent calls. A read that fails shows &quot;impact unknown&quot;, never &quot;no impact&quot;.</source>
        <translation>在发送任何请求之前，查看仍依赖于每个目标的内容：使用某张表的 API、血缘和数据开发作业；被授权调用某个 API 的应用及其最近的调用量。读取失败时显示“影响未知”，绝不会显示“无影响”。</translation>
    </message>
    <message>
        <source>Leave out the targets with impact</source>
        <translation>排除存在影响的目标</translation>
    </message>
    <message>
        <source>What still depends on each target, checked before anything is sent.</source>
        <translation>在发送任何请求之前，检查仍依赖于每个目标的内容。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImpactView</name>
    <message>
        <source>API that reads it</source>
        <translation>读取它的 API</translation>
    </message>
    <message numerus="yes">
        <source>Downstream (%n hop(s))</source>
        <translation>
            <numerusform>下游（%n 层）</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory job</source>
        <translation>数据开发作业</translation>
    </message>
    <message>
        <source>Factory script</source>
        <translation>数据开发脚本</translation>
    </message>
    <message>
        <source>Authorized app</source>
        <translation>已授权的应用</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近的调用</translation>
    </message>
    <message>
        <source>%1, authorized until %2</source>
        <translation>%1，授权至 %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking what depends on %n target(s)…</source>
        <translation>
            <numerusform>正在检查依赖于 %n 个目标的内容…</numerusform>
        </translation>
    </message>
    <message>
        <source>7 days: %1, 30 days: %2</source>
        <translation>7 天：%1，30 天：%2</translation>
    </message>
    <message>
        <source>Calls in the last 7 days: %1 (%2 failed); in the last 30 days: %3 (%4 failed); last day with calls: %5</source>
        <translation>最近 7 天调用：%1 次（失败 %2 次）；最近 30 天：%3 次（失败 %4 次）；最后有调用的日期：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>%1 with impact, %2 impact unknown (could not be checked), %3 with no impact found, %4 not applicable.</source>
        <translation>%1 个存在影响，%2 个影响未知（无法检查），%3 个未发现影响，%4 个不适用。</translation>
    </message>
    <message>
        <source>Export the impact report</source>
        <translation>导出影响报告</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>供电子表格使用的 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What depends on it</source>
        <translation>依赖于它的内容</translation>
    </message>
    <message>
        <source>Calls per day (30 days)</source>
        <translation>每日调用量（30 天）</translation>
    </message>
    <message>
        <source>Impact of each target</source>
        <translation>每个目标的影响</translation>
    </message>
    <message>
        <source>Only targets with impact or unknown impact</source>
        <translation>仅显示存在影响或影响未知的目标</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Impact check progress</source>
        <translation>影响检查进度</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>影响摘要</translation>
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
    <message>
        <source>No secure keychain is available (%1). Secrets are kept in memory for this session only; nothing is written to disk. Start the desktop keyring (for example GNOME Keyring or KWallet) to save them.</source>
        <translation>没有可用的安全密钥环（%1）。密钥仅在本次会话的内存中保留，不会写入磁盘。如需保存，请启动桌面密钥环（例如 GNOME Keyring 或 KWallet）。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::LineListPage</name>
    <message>
        <source>%1 (left out)</source>
        <translation>%1（已排除）</translation>
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
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Lines left out</source>
        <translation>被排除的行</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <extracomment>A target&apos;s name in the wizard&apos;s first page when the pane had not loaded it</extracomment>
        <translation>（未加载）</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
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
    <message>
        <source>Runs Still Sending</source>
        <translation>仍有运行在发送</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) are still sending requests.</source>
        <translation>
            <numerusform>%n 个运行仍在发送请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, what the server has answered is kept in the journal and the rest of each run waits there: History and the next start offer to resume it, and nothing is sent twice.</source>
        <translation>如果现在退出，服务端已应答的结果会保存在日志中，每个运行的其余部分留在日志里等待：历史记录和下次启动时会提供继续，且不会重复发送。</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>保持运行(&amp;K)</translation>
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
    <message>
        <source>Connection timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Answer timeout:</source>
        <translation>应答超时：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>App setting (%1 s)</source>
        <translation>应用设置（%1 秒）</translation>
    </message>
    <message>
        <source>Connection timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept a connection, in seconds.</source>
        <translation>等待服务器接受连接的时间，单位为秒。</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>应答超时</translation>
    </message>
    <message>
        <source>How long to wait for an answer once a request is sent, in seconds. A write that times out is sent again only after the server&apos;s state proves it was not applied.</source>
        <translation>请求发出后等待应答的时间，单位为秒。超时的写操作只有在服务器状态证明其未生效后才会重新发送。</translation>
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
        <translation>由您自己审批通过（快速审批）：对象立即下线。</translation>
    </message>
    <message>
        <source>Approver: %1. They stay published until %1 approves.</source>
        <translation>审批人：%1。在 %1 审批通过之前，对象保持已发布状态。</translation>
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
        <source>Scheduled at %1 in DataArts Studio&apos;s time zone.</source>
        <translation>定时于 DataArts Studio 时区的 %1。</translation>
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
    <message>
        <source>Left out</source>
        <translation>已排除</translation>
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
    <name>dataarts::ui::ProgressView</name>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Send nothing more; requests in flight finish and are recorded.</source>
        <translation>不再发送新请求；已发出的请求会完成并被记录。</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Start a new run of the failed items of this run.</source>
        <translation>用此运行中失败的条目开始一次新运行。</translation>
    </message>
    <message>
        <source>Refresh pending</source>
        <translation>刷新待定项</translation>
    </message>
    <message>
        <source>Ask the server about items waiting for an approval or a time.</source>
        <translation>向服务器查询等待审批或等待生效时间的条目。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV for spreadsheets (with BOM)…</source>
        <translation>导出供电子表格使用的 CSV（带 BOM）…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>仅显示失败项</translation>
    </message>
    <message>
        <source>Run %1 is not in the journal.</source>
        <translation>日志中没有运行 %1。</translation>
    </message>
    <message>
        <source>Select a run to see its requests and items.</source>
        <translation>选择一个运行以查看其请求和条目。</translation>
    </message>
    <message>
        <source>Cancelling: nothing more is sent; requests in flight finish.</source>
        <translation>正在取消：不再发送新请求；已发出的请求会完成。</translation>
    </message>
    <message>
        <source>Run %1 exported to %2.</source>
        <translation>运行 %1 已导出到 %2。</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Requests and items of the run</source>
        <translation>该运行的请求和条目</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>The current state could not be read, so nothing was sent: %1</source>
        <translation>无法读取当前状态，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Put back what this STOP, RECOVER or batch-offline run changed: shows the targets, each read again first, before anything is sent.</source>
        <translation>还原此停用（STOP）、恢复（RECOVER）或批量下线运行所做的更改：先重新读取每个目标，在发送任何请求之前列出它们。</translation>
    </message>
    <message>
        <source>Reading the current state of each target before the undo…</source>
        <translation>撤销前正在读取每个目标的当前状态…</translation>
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
    <message numerus="yes">
        <source>%Ln selected, %1 of them hidden by the filter</source>
        <translation>
            <numerusform>已选 %Ln 个，其中 %1 个被筛选隐藏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The pane&apos;s status, then what is selected: &quot;5,000 tables, 12 selected&quot;</extracomment>
        <translation>%1，%2</translation>
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
    <name>dataarts::ui::ResumeBanner</name>
    <message numerus="yes">
        <source>%n run(s) were interrupted and can be continued.</source>
        <translation>
            <numerusform>%n 个运行被中断，可以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resume: %1</source>
        <translation>无法继续：%1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunEndNotifier</name>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunListModel</name>
    <message>
        <source>%1 of %2 items done</source>
        <translation>已完成 %1 / %2 个条目</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The share of items in a final state (the server&apos;s &quot;rate&quot;): how far the run has come, not how many succeeded.</source>
        <translation>处于最终状态的条目所占比例（服务端的“rate”）：表示运行的进展，而非成功的比例。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunReviewPage</name>
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
        <source>&amp;Requests, exactly as they will be sent:</source>
        <translation>请求（与实际发送的内容完全一致）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Copy as CLI command</source>
        <translation>复制为命令行(&amp;C)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量统计</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunText</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Unknown (reconciling)</source>
        <translation>未知（核对中）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in percent, e.g. &quot;42 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Done with failures</source>
        <translation>完成但有失败</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>全部失败</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 · %2 · %n item(s): %3 succeeded, %4 failed, %5 waiting for approval, %6 scheduled, %7 unknown · %8 completed</source>
        <translation>
            <numerusform>运行 %1 · %2 · %n 个条目：成功 %3，失败 %4，待审批 %5，已排期 %6，未知 %7 · 已完成 %8</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 items/s · about %2 left</source>
        <translation> · 每秒 %1 个条目 · 约剩 %2</translation>
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
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunTreeModel</name>
    <message>
        <source>Not sent yet (%1)</source>
        <translation>尚未发送（%1）</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>等待应答</translation>
    </message>
    <message>
        <source>total %1 · success %2 · failed %3 · rate %4</source>
        <extracomment>BatchOperationVO totals of one request; %4 is the server&apos;s rate, verbatim</extracomment>
        <translation>总数 %1 · 成功 %2 · 失败 %3 · 完成率 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>创建于 %1，更新于 %2</translation>
    </message>
    <message>
        <source>Request / item</source>
        <translation>请求 / 条目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message / remark</source>
        <translation>消息 / 备注</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An error code and its meaning in the Progress tree&apos;s Code column</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ScheduleDialog</name>
    <message>
        <source>Sent as %1 (UTC)</source>
        <translation>发送为 %1（UTC）</translation>
    </message>
    <message>
        <source>Approve at a time</source>
        <translation>定时通过</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %Ln DataService message(s) to take effect at this local time:</source>
        <translation>
            <numerusform>确认 %Ln 条数据服务消息，在以下本地时间生效：</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Approve at this time</source>
        <translation>在此时间通过</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::SchedulePage</name>
    <message>
        <source>Without a time the request is processed at once.</source>
        <translation>不指定时间时，请求立即处理。</translation>
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
        <source>env_type is sent only when an environment is chosen.</source>
        <translation>仅在选择了环境时才发送 env_type。</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Takes effect at %1 in DataArts Studio&apos;s time zone (the console&apos;s clock; not converted from this computer&apos;s zone, %3). Sent as schedule_time %2.</source>
        <translation>在 DataArts Studio 时区的 %1 生效（以控制台的时钟为准；不按本机时区 %3 换算）。以 schedule_time %2 发送。</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::SelectionPage</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ServerFilterBar</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Search the server by name</source>
        <translation>按名称在服务器上搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
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
        <translation>取消发布中（通知期）</translation>
    </message>
    <message>
        <source>Unpublishing (in review)</source>
        <translation>取消发布审核中</translation>
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
    <message>
        <source>Atomic metric (technical)</source>
        <translation>原子指标（技术指标）</translation>
    </message>
    <message>
        <source>Atomic metric</source>
        <translation>原子指标</translation>
    </message>
    <message>
        <source>Business catalog</source>
        <translation>业务目录</translation>
    </message>
    <message>
        <source>Business metric</source>
        <translation>业务指标</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>码表</translation>
    </message>
    <message>
        <source>Common filter</source>
        <translation>通用限定</translation>
    </message>
    <message>
        <source>Composite metric</source>
        <translation>复合指标</translation>
    </message>
    <message>
        <source>Compound metric (technical)</source>
        <translation>复合指标（技术指标）</translation>
    </message>
    <message>
        <source>Filter group</source>
        <translation>限定分组</translation>
    </message>
    <message>
        <source>Degenerate dimension</source>
        <translation>退化维度</translation>
    </message>
    <message>
        <source>Derivative metric (technical)</source>
        <translation>衍生指标（技术指标）</translation>
    </message>
    <message>
        <source>Derived metric</source>
        <translation>衍生指标</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Dimension attribute</source>
        <translation>维度属性</translation>
    </message>
    <message>
        <source>Dimension hierarchy</source>
        <translation>维度层级</translation>
    </message>
    <message>
        <source>Dimension table field</source>
        <translation>维度表字段</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Fact table field</source>
        <translation>事实表字段</translation>
    </message>
    <message>
        <source>Fact table dimension</source>
        <translation>事实表维度</translation>
    </message>
    <message>
        <source>Fact table measure</source>
        <translation>事实表度量</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Information architecture</source>
        <translation>信息架构</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Quality rule</source>
        <translation>质量规则</translation>
    </message>
    <message>
        <source>Classification level</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>数据标准</translation>
    </message>
    <message>
        <source>Data standard template</source>
        <translation>数据标准模板</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Summary table dimension field</source>
        <translation>汇总表维度字段</translation>
    </message>
    <message>
        <source>Summary table metric</source>
        <translation>汇总表指标</translation>
    </message>
    <message>
        <source>Summary table period</source>
        <translation>汇总表统计周期</translation>
    </message>
    <message>
        <source>Table field</source>
        <translation>表字段</translation>
    </message>
    <message>
        <source>Table type</source>
        <translation>表类型</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Time filter</source>
        <translation>时间限定</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Development and production</source>
        <translation>开发和生产环境</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>As sent: %1</source>
        <translation>原始值：%1</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TablesFilterBar</name>
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
    <message>
        <source>Impact…</source>
        <translation>影响…</translation>
    </message>
    <message>
        <source>Show what depends on the selected tables: the APIs that read them, their downstream lineage and the Factory jobs that name them</source>
        <translation>显示依赖于所选表的内容：读取它们的 API、其下游血缘以及引用它们的数据开发作业</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TargetsPage</name>
    <message numerus="yes">
        <source>%n API × cluster pairs</source>
        <translation>
            <numerusform>%n 个 API × 集群组合</numerusform>
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
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>API ID</source>
        <translation>API ID</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>集群 ID</translation>
    </message>
</context>
<context>
    <name>dataarts::ui::UndoDialog</name>
    <message>
        <source>Undo run %1</source>
        <translation>撤销运行 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be sent for these %n pair(s), which run %2 changed and which have not changed since:</source>
        <translation>
            <numerusform>将对以下 %n 个组合发送 %1，它们由运行 %2 更改且之后未再更改：</numerusform>
        </translation>
    </message>
    <message>
        <source>API @ cluster</source>
        <translation>API @ 集群</translation>
    </message>
    <message>
        <source>API id</source>
        <translation>API ID</translation>
    </message>
    <message>
        <source>Cluster id</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>Pairs to undo</source>
        <translation>要撤销的组合</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>已排除（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Left out of the undo</source>
        <translation>撤销时排除的项</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo %n pair(s)</source>
        <translation>
            <numerusform>撤销 %n 个组合(&amp;U)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A batch publish will be sent for these %n entity(s), which run %1 took offline and which are still offline:</source>
        <translation>
            <numerusform>将对以下 %n 个对象发送批量发布，它们由运行 %1 下线且仍处于下线状态：</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Entities to publish again</source>
        <translation>要重新发布的对象</translation>
    </message>
    <message>
        <source>not readable for this type</source>
        <translation>此类型无法读取</translation>
    </message>
    <message>
        <source>The status of this type cannot be listed; the server refuses to publish it if it is no longer offline.</source>
        <translation>无法列出此类型的状态；若它已不处于下线状态，服务端会拒绝发布。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish %n entity(s) again</source>
        <translation>
            <numerusform>重新发布 %n 个对象(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>审批人(&amp;A)：</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approve it &amp;myself (fast approval: the entities are published at once; only when you are an approver)</source>
        <translation>由我自己审批通过(&amp;M)（快速审批：对象立即发布；仅当您是审批人时）</translation>
    </message>
    <message>
        <source>Loading the approvers…</source>
        <translation>正在加载审批人…</translation>
    </message>
    <message>
        <source>The approvers could not be loaded (%1); the run&apos;s approver is offered.</source>
        <translation>无法加载审批人（%1）；提供该运行的审批人。</translation>
    </message>
    <message>
        <source>%1 (the run&apos;s approver, not listed now)</source>
        <translation>%1（该运行的审批人，当前不在列表中）</translation>
    </message>
    <message numerus="yes">
        <source>%n approver(s); the run&apos;s approver is chosen.</source>
        <translation>
            <numerusform>%n 位审批人；已选择该运行的审批人。</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded by this run: publish only</source>
        <translation>该运行未记录：仅重新发布</translation>
    </message>
    <message>
        <source>none were authorized</source>
        <translation>之前没有已授权的应用</translation>
    </message>
    <message numerus="yes">
        <source>These %n pair(s), which run %1 unpublished, will be published again and the apps authorized on them before the run authorized again, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored, and the apps cannot call the API until then.</source>
        <translation>
            <numerusform>运行 %1 取消发布的这 %n 个 API × 集群将被重新发布，运行前在其上已授权的应用将被重新授权，各自授权至记录的截止时间。应用的静态参数和待审核的授权无法恢复，在此之前应用无法调用该 API。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apps authorized again</source>
        <translation>重新授权的应用</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish %n pair(s) again</source>
        <translation>
            <numerusform>重新发布 %n 个 API × 集群(&amp;P)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::WaitingView</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>日志未打开。</translation>
    </message>
    <message>
        <source>Approval %1</source>
        <translation>审批 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Read again once its profile (%1) is open.</source>
        <translation>打开其配置（%1）后重新读取。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>No item is waiting.</source>
        <translation>没有等待中的条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to take effect or for an approval.</source>
        <translation>
            <numerusform>%n 个条目正在等待生效或审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the list is the journal&apos;s; it is read again once a profile is open.</source>
        <translation>未连接：列表来自日志；打开配置后将重新读取。</translation>
    </message>
    <message>
        <source>Reading the waiting items again…</source>
        <translation>正在重新读取等待中的条目…</translation>
    </message>
    <message>
        <source>%1 took effect, %2 refused.</source>
        <extracomment>After reading the waiting items again: how many took effect or were refused.</extracomment>
        <translation>%1 个已生效，%2 个被拒绝。</translation>
    </message>
    <message>
        <source>Some items could not be read again: %1</source>
        <translation>部分条目无法重新读取：%1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Takes effect at</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Apps to acknowledge</source>
        <translation>待确认的应用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the waiting items again</source>
        <translation>重新读取等待中的条目</translation>
    </message>
    <message>
        <source>Read the waiting items of the open profile again from the server</source>
        <translation>从服务器重新读取当前配置中等待的条目</translation>
    </message>
    <message>
        <source>Open in Progress</source>
        <translation>在进度视图中打开</translation>
    </message>
    <message>
        <source>Open the item&apos;s run in Progress</source>
        <translation>在进度视图中打开该条目所属的运行</translation>
    </message>
    <message>
        <source>Waiting items</source>
        <translation>等待中的条目</translation>
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
    <name>dataarts::ui::Workflow</name>
    <message>
        <source>Not Connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Open a connection profile first.</source>
        <translation>请先打开一个连接配置。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
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
