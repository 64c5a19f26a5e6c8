package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Markup#markdown}, rendered as GitHub renders a summary (CommonMark with GFM tables): text a
 * reader reads raw in a log stays as written where Markdown would do nothing with it, and whatever
 * Markdown or HTML would act on is shown as the text it is.
 */
class MarkupMarkdownTest {

    private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();

    @ParameterizedTest
    @ValueSource(strings = {"actions not evaluated <= 2", "score < 50", "ends with <", "Authorization_RequestDenied",
            "svc_erp_smtp", "a < b and c <= d"})
    void textMarkdownIgnoresStaysAsWritten(String text) {
        assertEquals(text, Markup.markdown(text));
        assertEquals(text, plain(Markup.markdown(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"<b>bold</b>;<b>", "<https://evil.example>;<a", "<x@evil.example>;<a",
            "<==@b.c>;<a", "_emphasis_;<em>", "a _word_ here;<em>", "a__b__c;<strong>", "<!-- comment -->;<!--",
            "<?php ?>;<?php", "</script>;</script>", "x <=y@b.c> z;<a"})
    void whatMarkdownWouldActOnIsShownAsText(String text, String forbidden) {
        String md = Markup.markdown(text);
        String html = HtmlRenderer.builder().extensions(GFM).build().render(PARSER.parse(md));
        assertFalse(html.contains(forbidden), md + " -> " + html);
        assertEquals(text, plain(md), md);
    }

    private static String plain(String md) {
        return TextContentRenderer.builder().extensions(GFM).build().render(PARSER.parse(md)).strip();
    }
}
