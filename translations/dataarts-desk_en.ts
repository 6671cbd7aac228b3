<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message numerus="yes">
        <source>%n of %1 target(s) will change; nothing was sent.</source>
        <translation>
            <numerusform>%n of %1 targets will change; nothing was sent.</numerusform>
            <numerusform>%n of %1 targets will change; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockOffset</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairListReader</name>
    <message numerus="yes">
        <source>expected 2 fields (%1,%2) but found %n</source>
        <translation>
            <numerusform>expected 2 fields (%1,%2) but found %n</numerusform>
            <numerusform>expected 2 fields (%1,%2) but found %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>Nothing was sent: %n input line(s) are not valid. Correct them, or use --skip-bad-lines to send the valid ones only.</source>
        <translation>
            <numerusform>Nothing was sent: %n input line is not valid. Correct it, or use --skip-bad-lines to send the valid ones only.</numerusform>
            <numerusform>Nothing was sent: %n input lines are not valid. Correct them, or use --skip-bad-lines to send the valid ones only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad input line(s).</source>
        <translation>
            <numerusform>Skipped %n bad input line.</numerusform>
            <numerusform>Skipped %n bad input lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 of %2 (%n item(s))</source>
        <translation>
            <numerusform>Request %1 of %2 (%n item)</numerusform>
            <numerusform>Request %1 of %2 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 started: %n item(s).</source>
        <translation>
            <numerusform>Run %1 started: %n item.</numerusform>
            <numerusform>Run %1 started: %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad input line(s).</source>
        <translation>
            <numerusform>… and %n more bad input line.</numerusform>
            <numerusform>… and %n more bad input lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This command sent %n request(s),</source>
        <translation>
            <numerusform>This command sent %n request,</numerusform>
            <numerusform>This command sent %n requests,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>carrying %n item(s).</source>
        <translation>
            <numerusform>carrying %n item.</numerusform>
            <numerusform>carrying %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stopping. No new request is sent; the %n request(s) in flight finish and are recorded. Send it again to end at once.</source>
        <translation>
            <numerusform>%1: stopping. No new request is sent; the %n request in flight finishes and is recorded. Send it again to end at once.</numerusform>
            <numerusform>%1: stopping. No new request is sent; the %n requests in flight finish and are recorded. Send it again to end at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>Run %1 (%2): %n item(s); success %3, failed %4, pending approval %5, scheduled %6, unknown %7, cancelled %8, not done %9.</source>
        <translation>
            <numerusform>Run %1 (%2): %n item; success %3, failed %4, pending approval %5, scheduled %6, unknown %7, cancelled %8, not done %9.</numerusform>
            <numerusform>Run %1 (%2): %n items; success %3, failed %4, pending approval %5, scheduled %6, unknown %7, cancelled %8, not done %9.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message numerus="yes">
        <source>Undo of run %1: %2 on %n pair(s).</source>
        <translation>
            <numerusform>Undo of run %1: %2 on %n pair.</numerusform>
            <numerusform>Undo of run %1: %2 on %n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1: batch publish of %n entity(s), approver %2%3.</source>
        <translation>
            <numerusform>Undo of run %1: batch publish of %n entity, approver %2%3.</numerusform>
            <numerusform>Undo of run %1: batch publish of %n entities, approver %2%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1: publish %n pair(s) again and authorize again the apps authorized before the run, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored.</source>
        <translation>
            <numerusform>Undo of run %1: publish %n pair again and authorize again the apps authorized before the run, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored.</numerusform>
            <numerusform>Undo of run %1: publish %n pairs again and authorize again the apps authorized before the run, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ApprovalActionRequest</name>
    <message numerus="yes">
        <source>The message is longer than %n characters.</source>
        <translation>
            <numerusform>The message is longer than %n character.</numerusform>
            <numerusform>The message is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::BatchRun</name>
    <message numerus="yes">
        <source>Not applied after %n attempts.</source>
        <translation>
            <numerusform>Not applied after %n attempt.</numerusform>
            <numerusform>Not applied after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::Discovery</name>
    <message numerus="yes">
        <source>IAM lists %n projects named “%1”; type the project id instead.</source>
        <translation>
            <numerusform>IAM lists %n project named “%1”; type the project id instead.</numerusform>
            <numerusform>IAM lists %n projects named “%1”; type the project id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ImpactCheck</name>
    <message numerus="yes">
        <source>%1 calls in the last %n day(s)</source>
        <translation>
            <numerusform>%1 calls in the last day</numerusform>
            <numerusform>%1 calls in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::RepublishGap</name>
    <message numerus="yes">
        <source>Published again; %n app(s) authorized again.</source>
        <translation>
            <numerusform>Published again; %n app authorized again.</numerusform>
            <numerusform>Published again; %n apps authorized again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::SandboxLauncher</name>
    <message numerus="yes">
        <source>The sandbox did not report its address within %n second(s).</source>
        <translation>
            <numerusform>The sandbox did not report its address within %n second.</numerusform>
            <numerusform>The sandbox did not report its address within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::SettledRuns</name>
    <message numerus="yes">
        <source>%Ln entity(ies) taken offline</source>
        <translation>
            <numerusform>%Ln entity taken offline</numerusform>
            <numerusform>%Ln entities taken offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(ies) published</source>
        <translation>
            <numerusform>%Ln entity published</numerusform>
            <numerusform>%Ln entities published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) stopped</source>
        <translation>
            <numerusform>%Ln API stopped</numerusform>
            <numerusform>%Ln APIs stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) recovered</source>
        <translation>
            <numerusform>%Ln API recovered</numerusform>
            <numerusform>%Ln APIs recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) unpublished</source>
        <translation>
            <numerusform>%Ln API unpublished</numerusform>
            <numerusform>%Ln APIs unpublished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) took effect</source>
        <translation>
            <numerusform>%Ln item took effect</numerusform>
            <numerusform>%Ln items took effect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting change(s) took effect</source>
        <translation>
            <numerusform>%Ln waiting change took effect</numerusform>
            <numerusform>%Ln waiting changes took effect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting change(s) took effect or were refused</source>
        <translation>
            <numerusform>%Ln waiting change took effect or was refused</numerusform>
            <numerusform>%Ln waiting changes took effect or were refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::TargetImpact</name>
    <message numerus="yes">
        <source>%1, %n hop(s) downstream</source>
        <translation>
            <numerusform>%1, %n hop downstream</numerusform>
            <numerusform>%1, %n hops downstream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API(s) read it</source>
        <translation>
            <numerusform>%n API reads it</numerusform>
            <numerusform>%n APIs read it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downstream in the lineage</source>
        <translation>
            <numerusform>%n downstream in the lineage</numerusform>
            <numerusform>%n downstream in the lineage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Factory job node(s)</source>
        <translation>
            <numerusform>%n Factory job node</numerusform>
            <numerusform>%n Factory job nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Factory script(s)</source>
        <translation>
            <numerusform>%n Factory script</numerusform>
            <numerusform>%n Factory scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more Factory hit(s) not listed</source>
        <translation>
            <numerusform>%n more Factory hit not listed</numerusform>
            <numerusform>%n more Factory hits not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authorized app(s)</source>
        <translation>
            <numerusform>%n authorized app</numerusform>
            <numerusform>%n authorized apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ActionPreflightPage</name>
    <message numerus="yes">
        <source>%n APIs could not be checked: %1</source>
        <translation>
            <numerusform>%n API could not be checked: %1</numerusform>
            <numerusform>%n APIs could not be checked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs can take the action.</source>
        <translation>
            <numerusform>%n pair can take the action.</numerusform>
            <numerusform>%n pairs can take the action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs are left out (listed below with the server&apos;s cause).</source>
        <translation>
            <numerusform>%n pair is left out (listed below with the server&apos;s cause).</numerusform>
            <numerusform>%n pairs are left out (listed below with the server&apos;s cause).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ActionReviewPage</name>
    <message numerus="yes">
        <source>Action: %1, on %n API × cluster pairs.</source>
        <translation>
            <numerusform>Action: %1, on %n API × cluster pair.</numerusform>
            <numerusform>Action: %1, on %n API × cluster pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApisPane</name>
    <message numerus="yes">
        <source>Loaded %1 of %Ln API(s)</source>
        <translation>
            <numerusform>Loaded %1 of %Ln API</numerusform>
            <numerusform>Loaded %1 of %Ln APIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln cluster</numerusform>
            <numerusform>%Ln clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API(s) on %1</source>
        <translation>
            <numerusform>%Ln API on %1</numerusform>
            <numerusform>%Ln APIs on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln API(s) on %2</source>
        <translation>
            <numerusform>Showing %1 of %Ln API on %2</numerusform>
            <numerusform>Showing %1 of %Ln APIs on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the remaining %Ln API(s) to select all that match…</source>
        <translation>
            <numerusform>Loading the remaining %Ln API to select all that match…</numerusform>
            <numerusform>Loading the remaining %Ln APIs to select all that match…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::AppController</name>
    <message numerus="yes">
        <source>no connection within %n second(s)</source>
        <translation>
            <numerusform>no connection within %n second</numerusform>
            <numerusform>no connection within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApprovalsPane</name>
    <message numerus="yes">
        <source>Loaded %1 of %Ln DataService application(s)</source>
        <translation>
            <numerusform>Loaded %1 of %Ln DataService application</numerusform>
            <numerusform>Loaded %1 of %Ln DataService applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln item(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln item</numerusform>
            <numerusform>Showing %1 of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still waiting</source>
        <translation>
            <numerusform>%Ln still waiting</numerusform>
            <numerusform>%Ln still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the remaining %Ln item(s) to select all that match…</source>
        <translation>
            <numerusform>Loading the remaining item to select all that match…</numerusform>
            <numerusform>Loading the remaining %Ln items to select all that match…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 of %Ln item</numerusform>
            <numerusform>%1 of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2 of %Ln item(s) done.</source>
        <translation>
            <numerusform>“%1”: %2 of %Ln item done.</numerusform>
            <numerusform>“%1”: %2 of %Ln items done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed: %1</source>
        <translation>
            <numerusform>%Ln failed: %1</numerusform>
            <numerusform>%Ln failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ApproverPage</name>
    <message numerus="yes">
        <source>%n approvers</source>
        <translation>
            <numerusform>%n approver</numerusform>
            <numerusform>%n approvers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::DecisionDialog</name>
    <message numerus="yes">
        <source>Resolve %Ln Architecture approval(s) with this message:</source>
        <translation>
            <numerusform>Resolve %Ln Architecture approval with this message:</numerusform>
            <numerusform>Resolve %Ln Architecture approvals with this message:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln Architecture approval(s) with this message (the submitter sees it):</source>
        <translation>
            <numerusform>Reject %Ln Architecture approval with this message (the submitter sees it):</numerusform>
            <numerusform>Reject %Ln Architecture approvals with this message (the submitter sees it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DataService item(s) will be approved now (they take no message).</source>
        <translation>
            <numerusform>%Ln DataService item will be approved now (it takes no message).</numerusform>
            <numerusform>%Ln DataService items will be approved now (they take no message).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DataService application(s) will be rejected (they take no message).</source>
        <translation>
            <numerusform>%Ln DataService application will be rejected (it takes no message).</numerusform>
            <numerusform>%Ln DataService applications will be rejected (they take no message).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImpactDialog</name>
    <message numerus="yes">
        <source>Impact of %n target(s)</source>
        <translation>
            <numerusform>Impact of %n target</numerusform>
            <numerusform>Impact of %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImpactPage</name>
    <message numerus="yes">
        <source>Leave out the %n target(s) with impact</source>
        <translation>
            <numerusform>Leave out the %n target with impact</numerusform>
            <numerusform>Leave out the %n targets with impact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) with impact left out; they will not be sent.</source>
        <translation>
            <numerusform>%n target with impact left out; it will not be sent.</numerusform>
            <numerusform>%n targets with impact left out; they will not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ImpactView</name>
    <message numerus="yes">
        <source>Downstream (%n hop(s))</source>
        <translation>
            <numerusform>Downstream (%n hop)</numerusform>
            <numerusform>Downstream (%n hops)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking what depends on %n target(s)…</source>
        <translation>
            <numerusform>Checking what depends on %n target…</numerusform>
            <numerusform>Checking what depends on %n targets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::LineListPage</name>
    <message numerus="yes">
        <source>%n bad lines</source>
        <translation>
            <numerusform>%n bad line</numerusform>
            <numerusform>%n bad lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated lines left out</source>
        <translation>
            <numerusform>%n repeated line left out</numerusform>
            <numerusform>%n repeated lines left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n bad lines listed below.</source>
        <translation>
            <numerusform>Fix or remove the bad line listed below.</numerusform>
            <numerusform>Fix or remove the %n bad lines listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n run(s) are still sending requests.</source>
        <translation>
            <numerusform>%n run is still sending requests.</numerusform>
            <numerusform>%n runs are still sending requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::OfflineReviewPage</name>
    <message numerus="yes">
        <source>%n entities go offline.</source>
        <translation>
            <numerusform>%n entity goes offline.</numerusform>
            <numerusform>%n entities go offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests of at most %1 entities each.</source>
        <translation>
            <numerusform>%n request of at most %1 entities.</numerusform>
            <numerusform>%n requests of at most %1 entities each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::PaneArea</name>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1: %n waiting</numerusform>
            <numerusform>%1: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::PreflightPage</name>
    <message numerus="yes">
        <source>Reading the status of %n entities…</source>
        <translation>
            <numerusform>Reading the status of %n entity…</numerusform>
            <numerusform>Reading the status of %n entities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities are published and will be taken offline.</source>
        <translation>
            <numerusform>%n entity is published and will be taken offline.</numerusform>
            <numerusform>%n entities are published and will be taken offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ProfileDialog</name>
    <message numerus="yes">
        <source>Found %n instance(s).</source>
        <translation>
            <numerusform>Found %n instance.</numerusform>
            <numerusform>Found %n instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n workspace(s).</source>
        <translation>
            <numerusform>Found %n workspace.</numerusform>
            <numerusform>Found %n workspaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RecordPane</name>
    <message numerus="yes">
        <source>%Ln selected, %1 of them hidden by the filter</source>
        <translation>
            <numerusform>%Ln selected, %1 of them hidden by the filter</numerusform>
            <numerusform>%Ln selected, %1 of them hidden by the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ResumeBanner</name>
    <message numerus="yes">
        <source>%n run(s) were interrupted and can be continued.</source>
        <translation>
            <numerusform>%n run was interrupted and can be continued.</numerusform>
            <numerusform>%n runs were interrupted and can be continued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunText</name>
    <message numerus="yes">
        <source>Run %1 · %2 · %n item(s): %3 succeeded, %4 failed, %5 waiting for approval, %6 scheduled, %7 unknown · %8 completed</source>
        <translation>
            <numerusform>Run %1 · %2 · %n item: %3 succeeded, %4 failed, %5 waiting for approval, %6 scheduled, %7 unknown · %8 completed</numerusform>
            <numerusform>Run %1 · %2 · %n items: %3 succeeded, %4 failed, %5 waiting for approval, %6 scheduled, %7 unknown · %8 completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::RunTreeModel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::ScheduleDialog</name>
    <message numerus="yes">
        <source>Confirm %Ln DataService message(s) to take effect at this local time:</source>
        <translation>
            <numerusform>Confirm %Ln DataService message to take effect at this local time:</numerusform>
            <numerusform>Confirm %Ln DataService messages to take effect at this local time:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::SelectionPage</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::StatusPanel</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TablesPane</name>
    <message numerus="yes">
        <source>Loaded %1 of %Ln table(s)</source>
        <translation>
            <numerusform>Loaded %1 of %Ln table</numerusform>
            <numerusform>Loaded %1 of %Ln tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln table(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln table</numerusform>
            <numerusform>Showing %1 of %Ln tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the remaining %Ln table(s) to select all that match…</source>
        <translation>
            <numerusform>Loading the remaining %Ln table to select all that match…</numerusform>
            <numerusform>Loading the remaining %Ln tables to select all that match…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::TargetsPage</name>
    <message numerus="yes">
        <source>%n API × cluster pairs</source>
        <translation>
            <numerusform>%n API × cluster pair</numerusform>
            <numerusform>%n API × cluster pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::UndoDialog</name>
    <message numerus="yes">
        <source>%1 will be sent for these %n pair(s), which run %2 changed and which have not changed since:</source>
        <translation>
            <numerusform>%1 will be sent for this pair, which run %2 changed and which has not changed since:</numerusform>
            <numerusform>%1 will be sent for these %n pairs, which run %2 changed and which have not changed since:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Left out (%n):</numerusform>
            <numerusform>Left out (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo %n pair(s)</source>
        <translation>
            <numerusform>&amp;Undo %n pair</numerusform>
            <numerusform>&amp;Undo %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A batch publish will be sent for these %n entity(s), which run %1 took offline and which are still offline:</source>
        <translation>
            <numerusform>A batch publish will be sent for this entity, which run %1 took offline and which is still offline:</numerusform>
            <numerusform>A batch publish will be sent for these %n entities, which run %1 took offline and which are still offline:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish %n entity(s) again</source>
        <translation>
            <numerusform>&amp;Publish %n entity again</numerusform>
            <numerusform>&amp;Publish %n entities again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approver(s); the run&apos;s approver is chosen.</source>
        <translation>
            <numerusform>%n approver; the run&apos;s approver is chosen.</numerusform>
            <numerusform>%n approvers; the run&apos;s approver is chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n pair(s), which run %1 unpublished, will be published again and the apps authorized on them before the run authorized again, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored, and the apps cannot call the API until then.</source>
        <translation>
            <numerusform>This pair, which run %1 unpublished, will be published again and the apps authorized on it before the run authorized again, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored, and the apps cannot call the API until then.</numerusform>
            <numerusform>These %n pairs, which run %1 unpublished, will be published again and the apps authorized on them before the run authorized again, each until its recorded end. The apps&apos; static parameters and pending authorizations are not restored, and the apps cannot call the API until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish %n pair(s) again</source>
        <translation>
            <numerusform>&amp;Publish %n pair again</numerusform>
            <numerusform>&amp;Publish %n pairs again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ui::WaitingView</name>
    <message numerus="yes">
        <source>%n item(s) waiting to take effect or for an approval.</source>
        <translation>
            <numerusform>%n item waiting to take effect or for an approval.</numerusform>
            <numerusform>%n items waiting to take effect or for an approval.</numerusform>
        </translation>
    </message>
</context>
</TS>
