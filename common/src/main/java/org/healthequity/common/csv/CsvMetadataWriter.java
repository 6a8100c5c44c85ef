package org.healthequity.common.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes a CSV's CSVW description in place of the CSV, when that is what was asked for ({@link CsvMetadata}). */
@Provider
public class CsvMetadataWriter implements WriterInterceptor {

    private final CsvMetadata metadata;
    private final ObjectMapper json;

    CsvMetadataWriter(CsvMetadata metadata, ObjectMapper json) {
        this.metadata = metadata;
        this.json = json;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object title = context.getProperty(CsvMetadata.TITLE);
        if (title == null) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        CsvMetadata.HeaderLine header = new CsvMetadata.HeaderLine();
        context.setOutputStream(header);
        context.proceed();
        URI asked = (URI) context.getProperty(CsvMetadata.ORIGINAL_URI);
        String path = asked.getRawPath();
        URI csv = UriBuilder.fromUri(asked).replacePath(path.substring(0, path.length() - CsvMetadata.SUFFIX.length()))
                .replaceQueryParam("format", "csv").build();
        out.write(json.writeValueAsBytes(metadata.document(csv, title.toString(), header.fields())));
        out.flush();
    }
}
