package org.healthequity.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.junit.jupiter.api.Test;

class CsvResponsesTest {

    @Test
    void aSpooledCsvIsWrittenWholeBeforeTheResponseAndItsFileIsGoneOnceSent() throws IOException {
        AtomicBoolean written = new AtomicBoolean();
        long spoolsBefore = spools();

        Response response = CsvResponses.spooled("rows.csv", csv -> {
            csv.row("Area", "Value").row("Luton", -1.5).row("=cmd", "a;b");
            written.set(true);
        });

        assertThat(written).as("the rows were written before the response went out").isTrue();
        assertThat(spools()).isEqualTo(spoolsBefore + 1);
        String expected = "Area,Value\r\nLuton,-1.5\r\n'=cmd,\"a;b\"\r\n";
        assertThat(response.getHeaderString("Content-Length"))
                .isEqualTo(Integer.toString(expected.getBytes(StandardCharsets.UTF_8).length));
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(sent);
        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(spools()).isEqualTo(spoolsBefore);
    }

    @Test
    void aFailedSpoolLeavesNoFile() throws IOException {
        long spoolsBefore = spools();

        assertThatThrownBy(() -> CsvResponses.spooled("rows.csv", csv -> {
            csv.row("half");
            throw new IllegalStateException("the database went away");
        })).hasMessageContaining("went away");
        assertThat(spools()).isEqualTo(spoolsBefore);
    }

    private static long spools() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("hes-csv-")).count();
        }
    }
}
