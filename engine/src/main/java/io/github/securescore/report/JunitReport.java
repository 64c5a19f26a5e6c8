package io.github.securescore.report;

import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.score.ControlStatus;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML, as Jenkins' junit step, GitLab and GitHub test reporters read it: one test case per
 * improvement action (failed when a gate on it is violated, skipped when it is Ignored, Risk
 * accepted, Not applicable or Not evaluated), and one per overall gate. Needs a check's verdict;
 * there is none when re-rendering from the history.
 */
public final class JunitReport implements ReportRenderer {

    static final String SUITE = "identity-secure-score";

    @Override
    public ReportFormat format() {
        return ReportFormat.JUNIT;
    }

    @Override
    public String render(ReportData data) {
        if (data.verdict() == null) {
            throw new IllegalArgumentException("a JUnit report needs a check's verdict");
        }
        List<String> cases = new ArrayList<>();
        int failures = 0;
        int skipped = 0;
        String tenant = data.current().tenant() == null ? "tenant" : data.current().tenant();
        String actionClass = SUITE + ".actions." + tenant;
        for (ActionRow row : data.actions()) {
            StringBuilder tc = new StringBuilder();
            tc.append("    <testcase classname=\"").append(Markup.xml(actionClass)).append("\" name=\"")
                    .append(Markup.xml(row.name())).append("\" time=\"0\">\n");
            List<GateResult> violated = data.verdict().gates().stream()
                    .filter(g -> g.gate().metric() == Metric.CONTROL_PERCENT && row.name().equals(g.gate().control()))
                    .filter(g -> g.outcome().violated()).toList();
            if (!violated.isEmpty()) {
                failures++;
                GateResult first = violated.get(0);
                tc.append("      <failure type=\"").append(first.outcome()).append("\" message=\"")
                        .append(Markup.xml(first.message())).append("\">");
                for (GateResult g : violated) {
                    tc.append(Markup.xml(g.message())).append('\n');
                }
                tc.append(Markup.xml(row.title())).append(": ").append(Markup.xml(row.coverage())).append("</failure>\n");
            } else if (skippedStatus(row.status())) {
                skipped++;
                tc.append("      <skipped message=\"").append(Markup.xml(row.status().label()
                        + (row.coverage().isEmpty() ? "" : ": " + row.coverage()))).append("\"/>\n");
            }
            tc.append("      <system-out>").append(Markup.xml(row.title() + "\nStatus: " + row.status().label()
                    + "\nPoints: " + Markup.points(row.points()) + " of " + Markup.points(row.max())
                    + (row.coverage().isEmpty() ? "" : "\nCoverage: " + row.coverage()))).append("</system-out>\n");
            tc.append("    </testcase>\n");
            cases.add(tc.toString());
        }
        for (GateResult g : data.verdict().gates()) {
            if (g.gate().metric() == Metric.CONTROL_PERCENT) {
                continue;
            }
            StringBuilder tc = new StringBuilder();
            tc.append("    <testcase classname=\"").append(Markup.xml(SUITE + ".gates." + tenant)).append("\" name=\"")
                    .append(Markup.xml(g.gate().description())).append("\" time=\"0\">\n");
            if (g.outcome().violated()) {
                failures++;
                tc.append("      <failure type=\"").append(g.outcome()).append("\" message=\"").append(Markup.xml(g.message()))
                        .append("\">").append(Markup.xml(g.message())).append("</failure>\n");
            } else {
                tc.append("      <system-out>").append(Markup.xml(g.message())).append("</system-out>\n");
            }
            tc.append("    </testcase>\n");
            cases.add(tc.toString());
        }
        cases.addAll(ProposalSections.junit(data, SUITE + ".proposal." + tenant));
        String timestamp = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(data.current().time().atOffset(java.time.ZoneOffset.UTC));
        List<PackJunitSuites.Suite> packs = PackJunitSuites.suites(data.packs(), tenant, timestamp);
        int allTests = cases.size() + packs.stream().mapToInt(PackJunitSuites.Suite::tests).sum();
        int allFailures = failures + packs.stream().mapToInt(PackJunitSuites.Suite::failures).sum();
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"").append(SUITE).append("\" tests=\"").append(allTests).append("\" failures=\"")
                .append(allFailures).append("\" errors=\"0\" time=\"0\">\n");
        // the suite's name is what a reader sees first: name and id, so tenants in one job differ at sight
        String label = data.tenantLabel().orElse(tenant);
        x.append("  <testsuite name=\"").append(Markup.xml(SUITE + ": " + label)).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
                .append("\" time=\"0\" timestamp=\"").append(timestamp).append("\">\n");
        x.append("    <properties>\n");
        property(x, "tenant", tenant);
        if (data.current().tenantName() != null) {
            property(x, "tenantName", data.current().tenantName());
        }
        property(x, "score.percent", Markup.number(data.current().percent()));
        property(x, "score.points", Markup.points(data.current().points()));
        property(x, "score.maxPoints", Markup.points(data.current().maxPoints()));
        property(x, "verdict", data.verdict().status().name());
        property(x, "verdict.reason", VerdictLine.of(data.verdict()));
        // the engine's ranking; the test cases list the next steps first, in this order
        property(x, "nextSteps", String.join(",", data.nextSteps().stream().map(ActionRow::name).toList()));
        x.append("    </properties>\n");
        cases.forEach(x::append);
        x.append("  </testsuite>\n");
        packs.forEach(suite -> x.append(suite.xml()));
        x.append("</testsuites>\n");
        return x.toString();
    }

    private static boolean skippedStatus(ControlStatus status) {
        return status == ControlStatus.IGNORED || status == ControlStatus.RISK_ACCEPTED
                || status == ControlStatus.NOT_EVALUATED || status == ControlStatus.NOT_APPLICABLE;
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("      <property name=\"").append(Markup.xml(name)).append("\" value=\"").append(Markup.xml(value))
                .append("\"/>\n");
    }
}
