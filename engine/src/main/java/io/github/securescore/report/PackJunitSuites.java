package io.github.securescore.report;

import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * One JUnit test suite per selected pack, one test case per requirement: a failure when it fails
 * (and is not omitted), skipped when it is not evaluated, not applicable or omitted; a warning
 * passes with the reason in its output.
 */
final class PackJunitSuites {

    /** One suite's XML and counts, for the enclosing {@code testsuites} totals. */
    record Suite(String xml, int tests, int failures) {
    }

    private PackJunitSuites() {
    }

    static List<Suite> suites(List<PackResult> packs, String tenant, String timestamp) {
        List<Suite> suites = new ArrayList<>();
        for (PackResult p : packs) {
            StringBuilder cases = new StringBuilder();
            int failures = 0;
            int skipped = 0;
            String classname = JunitReport.SUITE + ".packs." + p.pack().id() + "." + tenant;
            for (RequirementResult r : p.results()) {
                cases.append("    <testcase classname=\"").append(Markup.xml(classname)).append("\" name=\"")
                        .append(Markup.xml(r.requirement().id() + " " + r.requirement().title()))
                        .append("\" time=\"0\">\n");
                String details = String.join("\n", PackSections.details(r));
                if (r.status() == RequirementStatus.FAIL && !r.omitted()) {
                    failures++;
                    cases.append("      <failure type=\"FAIL\" message=\"")
                            .append(Markup.xml(PackSections.why(r.outcome()))).append("\">")
                            .append(Markup.xml(details)).append("</failure>\n");
                } else if (r.omitted() || r.status() == RequirementStatus.NOT_EVALUATED
                        || r.status() == RequirementStatus.NOT_APPLICABLE) {
                    skipped++;
                    String why = r.omitted() ? PackSections.omission(r.omission()) : PackSections.why(r.outcome());
                    cases.append("      <skipped message=\"").append(Markup.xml(PackSections.status(r)
                            + (why.isEmpty() ? "" : ": " + why))).append("\"/>\n");
                }
                cases.append("      <system-out>").append(Markup.xml(r.requirement().obligation() + " "
                        + PackSections.status(r) + (details.isEmpty() ? "" : "\n" + details))).append("</system-out>\n");
                cases.append("    </testcase>\n");
            }
            int tests = p.results().size();
            String xml = "  <testsuite name=\"" + Markup.xml(JunitReport.SUITE + ": " + p.pack().id() + " " + tenant)
                    + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
                    + "\" time=\"0\" timestamp=\"" + timestamp + "\">\n"
                    + "    <properties>\n"
                    + "      <property name=\"pack\" value=\"" + Markup.xml(p.pack().id()) + "\"/>\n"
                    + "      <property name=\"pack.version\" value=\"" + Markup.xml(p.pack().version()) + "\"/>\n"
                    + "      <property name=\"pack.shallPercent\" value=\"" + Markup.number(p.shallPercent()) + "\"/>\n"
                    + "    </properties>\n" + cases + "  </testsuite>\n";
            suites.add(new Suite(xml, tests, failures));
        }
        return suites;
    }
}
