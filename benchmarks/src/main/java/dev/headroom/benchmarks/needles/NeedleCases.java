package dev.headroom.benchmarks.needles;

import java.util.ArrayList;
import java.util.List;

/** Every case of the needle benchmark, in a fixed order. Generated cases are deterministic (fixed seeds). */
public final class NeedleCases {

    private NeedleCases() {}

    public static List<NeedleCase> all() {
        List<NeedleCase> cases = new ArrayList<>();
        cases.add(WebLogCases.nginx502());
        cases.add(WebLogCases.nginxCheckoutErrors());
        cases.add(WebLogCases.apacheAccess());
        cases.add(WebLogCases.apacheError());
        cases.add(SystemLogCases.syslogOom());
        cases.add(SystemLogCases.syslogDisk());
        cases.add(SystemLogCases.journaldShort());
        cases.add(SystemLogCases.journaldShortIso());
        cases.add(SystemLogCases.sshdAuth());
        cases.add(ClusterLogCases.klogControllerManager());
        cases.add(ClusterLogCases.klogKubelet());
        cases.add(ClusterLogCases.goPanic());
        cases.add(AppLogCases.logbackStackTrace());
        cases.add(AppLogCases.log4jKafka());
        cases.add(AppLogCases.pythonTraceback());
        cases.add(AppLogCases.gunicornTimeout());
        cases.add(JsonLinesCases.checkoutEvents());
        cases.add(JsonLinesCases.relayRequest());
        cases.add(JsonCases.shipmentsEnvelope());
        cases.add(JsonCases.pipInspect());
        cases.add(JsonCases.workflowRuns());
        cases.add(TableCases.kubectlPods());
        cases.add(TableCases.kubectlNodes());
        cases.add(TableCases.dockerPs());
        cases.add(TableCases.psqlAccounts());
        cases.add(CsvCases.paymentsCsv());
        cases.add(CsvCases.metricsTsv());
        cases.add(ListingCases.psAux());
        cases.add(ListingCases.lsLong());
        cases.add(BuildCases.gradleTestFailures());
        cases.add(BuildCases.gradleCompileError());
        cases.add(BuildCases.mavenDependencyTreeReactor());
        cases.addAll(CapturedCases.all());
        cases.addAll(QuestionCases.all());
        cases.addAll(CodeLikeCases.all());
        cases.addAll(ShapeCases.all());
        cases.addAll(ClassCases.all());
        cases.addAll(ClassCases2.all());
        cases.addAll(FreshCases.all());
        cases.addAll(FreshCases2.all());
        cases.addAll(FreshCases3.all());
        cases.addAll(FreshCases4.all());
        cases.addAll(FreshCases5.all());
        cases.addAll(FreshCases6.all());
        cases.addAll(FreshCases7.all());
        cases.addAll(FreshCases8.all());
        cases.addAll(FreshCases9.all());
        cases.addAll(FreshCases10.all());
        cases.addAll(FreshCases11.all());
        cases.addAll(FreshCases12.all());
        cases.addAll(FreshCases13.all());
        cases.addAll(FreshCases14.all());
        cases.addAll(FreshCases15.all());
        cases.addAll(FreshCases16.all());
        cases.addAll(FreshCases17.all());
        cases.addAll(FreshCases18.all());
        cases.addAll(FreshCases19.all());
        cases.addAll(FreshCases20.all());
        cases.addAll(FreshCases21.all());
        cases.addAll(FreshCases22.all());
        return List.copyOf(cases);
    }
}
