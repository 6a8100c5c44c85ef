package org.healthequity.evaluation.mapping;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;

/**
 * Escaping for Markdown templates ({@code text/markdown}), done by the engine as it is for HTML: a value may not
 * break a table row or a list item with a pipe or a line break. {@code {value.raw}} writes a value as it is.
 */
@Singleton
public class MarkdownEscaper implements ResultMapper {

    static final String MARKDOWN = "text/markdown";

    void register(@Observes EngineBuilder engine) {
        engine.addResultMapper(this);
    }

    @Override
    public boolean appliesTo(TemplateNode.Origin origin, Object result) {
        if (result instanceof RawString) {
            return false;
        }
        Variant variant = origin.getVariant().orElse(null);
        return variant != null && MARKDOWN.equals(variant.getContentType());
    }

    @Override
    public String map(Object result, Expression expression) {
        return escape(result.toString());
    }

    static String escape(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
