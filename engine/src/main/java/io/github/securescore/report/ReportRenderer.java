package io.github.securescore.report;

/** Turns report data into one format's text; renderers are stateless. */
public interface ReportRenderer {

    ReportFormat format();

    String render(ReportData data);
}
