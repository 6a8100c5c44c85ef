package org.healthequity.common.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * W3C CSV on the Web descriptions of every CSV a service serves. Each CSV answer links its description
 * ({@code Link: <…/csv-metadata.json?…>; rel="describedby"}); the description is served at the CSV's path with
 * {@code /csv-metadata.json} added and the same query, and names each column of exactly that CSV (its title as in
 * the file, datatype, unit and meaning, from the service's {@link CsvColumnDictionary}). It is made by asking for
 * the CSV itself and reading its header, so it cannot differ from the file; the rows are not kept.
 */
@Singleton
public class CsvMetadata {

    public static final String SUFFIX = "/csv-metadata.json";
    public static final String MEDIA_TYPE = "application/csvm+json";
    /** Set while a request is answered with a description instead of its CSV. */
    public static final String DESCRIBING = CsvMetadata.class.getName() + ".describing";
    /** The address the caller asked for, before it was turned into the CSV's. */
    public static final String ORIGINAL_URI = CsvMetadata.class.getName() + ".uri";
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Instance<CsvColumnDictionary> dictionary;
    private final ObjectMapper json;

    CsvMetadata(Instance<CsvColumnDictionary> dictionary, ObjectMapper json) {
        this.dictionary = dictionary;
        this.json = json;
    }

    /** {@code …/csv-metadata.json} is answered by the CSV's own resource, asked for as CSV. */
    @ServerRequestFilter(preMatching = true)
    public void describeInsteadOfServe(ContainerRequestContext request) {
        URI asked = request.getUriInfo().getRequestUri();
        String path = asked.getRawPath();
        if (!request.getMethod().equals(HttpMethod.GET) || !path.endsWith(SUFFIX)) {
            return;
        }
        request.setProperty(ORIGINAL_URI, asked);
        request.setProperty(DESCRIBING, Boolean.TRUE);
        request.setRequestUri(UriBuilder.fromUri(asked).replacePath(path.substring(0, path.length() - SUFFIX.length()))
                .replaceQueryParam("format").build());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, CsvResponses.TEXT_CSV);
    }

    /**
     * Links each CSV to its description; and where the description was asked for, reads the CSV's header from the
     * CSV the resource made and answers the description instead. Runs before the conditional-request filter, so that
     * the description is tagged (and refreshed with a 304) as any read is.
     */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void linkDescription(ContainerRequestContext request, ContainerResponseContext response)
            throws IOException {
        if (response.getStatus() != 200 || !isCsv(response.getMediaType())) {
            return;
        }
        if (request.getProperty(DESCRIBING) != null) {
            describe(request, response);
            return;
        }
        URI csv = request.getUriInfo().getRequestUri();
        String description = UriBuilder.fromUri(csv).replacePath(csv.getRawPath() + SUFFIX)
                .replaceQueryParam("format").build().toString().replaceFirst("\\?$", "");
        response.getHeaders().add("Link", "<" + description + ">; rel=\"describedby\"; type=\"" + MEDIA_TYPE + "\"");
    }

    private void describe(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        HeaderLine header = new HeaderLine();
        if (response.getEntity() instanceof StreamingOutput csv) {
            csv.write(header);
        } else if (response.getEntity() instanceof String csv) {
            header.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        Object disposition = response.getHeaders().getFirst("Content-Disposition");
        String title = disposition == null ? request.getUriInfo().getPath()
                : disposition.toString().replaceAll("^.*filename=\"?([^\"]*)\"?.*$", "$1");
        URI asked = (URI) request.getProperty(ORIGINAL_URI);
        String path = asked.getRawPath();
        URI csv = UriBuilder.fromUri(asked).replacePath(path.substring(0, path.length() - SUFFIX.length()))
                .replaceQueryParam("format", "csv").build();
        byte[] document = json.writeValueAsBytes(document(csv, title, header.fields()));
        response.getHeaders().remove("Content-Disposition");
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        response.setEntity(document, new Annotation[0], MediaType.valueOf(MEDIA_TYPE));
    }

    static boolean isCsv(MediaType type) {
        return type != null && type.getType().equals("text") && type.getSubtype().equals("csv");
    }

    /** The description of a CSV at {@code csv} whose header row is {@code header}. */
    Map<String, Object> document(URI csv, String title, List<String> header) {
        List<Map<String, Object>> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        CsvColumnDictionary columnsOf = dictionary.isResolvable() ? dictionary.get() : new CsvColumnDictionary();
        for (CsvColumn column : columnsOf.describe(header)) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("name", uniqueName(column.title(), names));
            described.put("titles", column.title());
            described.put("datatype", column.datatype());
            described.put("dc:description", column.description());
            if (column.unit() != null) {
                described.put("schema:unitText", column.unit());
            }
            columns.add(described);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "en")));
        document.put("url", csv.toString());
        document.put("dc:title", title);
        document.put("dialect", Map.of("encoding", "utf-8", "header", true));
        document.put("tableSchema", Map.of("columns", columns));
        return document;
    }

    /** A column name as CSVW allows it (letters, digits and underscores), unique in its table. */
    private static String uniqueName(String title, Set<String> taken) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "column_" + base;
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** Keeps the first line written to it (the header), within a bound, and lets the rest go by. */
    static final class HeaderLine extends OutputStream {

        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private boolean complete;

        @Override
        public void write(int b) {
            if (complete) {
                return;
            }
            if (b == '\n' || line.size() >= MAX_HEADER_BYTES) {
                complete = true;
            } else {
                line.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length && !complete; i++) {
                write(bytes[i]);
            }
        }

        /** The header's fields, quotes undone. */
        List<String> fields() {
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!text.isEmpty()) {
                fields.add(field.toString());
            }
            return fields;
        }

        @Override
        public void close() throws IOException {
            complete = true;
        }
    }
}
