package org.healthequity.indicators.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.config.IndicatorsConfig;
import org.healthequity.indicators.imports.ImportService;
import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.repository.ImportFormat;
import org.healthequity.indicators.repository.ImportMode;
import org.healthequity.indicators.repository.ImportRunRepository;
import org.healthequity.indicators.repository.ImportStatus;

/**
 * Loads Luton's outcome table (both years; Luton, England and the region; the comparisons and trends the table
 * reports) as demo data, through the same import and the same checks as any data. Rows the checks refuse, such as
 * a regional value of 5340.0% in the source, are not stored and are logged with the reason.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "/demo/luton-outcome-table.json";
    static final String SOURCE = "Luton Marmot town outcome table (2024)";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final ImportService imports;
    private final ImportRunRepository runs;
    private final IndicatorsConfig config;

    DemoDataLoader(ImportService imports, ImportRunRepository runs, IndicatorsConfig config) {
        this.imports = imports;
        this.runs = runs;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.demoData().enabled()) {
            return;
        }
        if (alreadyLoaded()) {
            LOG.info("Luton's outcome table is already loaded");
            return;
        }
        load();
    }

    /** Imports the table (valid rows only) and logs what was refused. */
    public ImportSummary load() {
        try (InputStream in = table()) {
            ImportSummary summary = imports.run(new ImportService.Request(ImportFormat.JSON, in,
                    ImportMode.VALID_ONLY, false, SOURCE));
            LOG.infof("Luton's outcome table: %d rows read, %d created, %d updated, %d unchanged, %d refused",
                    summary.rowsRead(), summary.created(), summary.updated(), summary.unchanged(),
                    summary.rejected());
            for (ProblemError error : summary.errors()) {
                LOG.warnf("Demo data row %d refused (%s): %s", error.row(), error.field(), error.message());
            }
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    boolean alreadyLoaded() {
        return runs.count("source = ?1 and sha256 = ?2 and status = ?3", SOURCE, sha256(),
                ImportStatus.COMMITTED) > 0;
    }

    private static InputStream table() {
        return DemoDataLoader.class.getResourceAsStream(RESOURCE);
    }

    private static String sha256() {
        try (InputStream in = table()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
