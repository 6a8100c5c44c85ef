package org.healthequity.workstreams.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.common.persistence.DemoContent;
import org.healthequity.testing.Database;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.workstreams.rest.IndicatorsStub;

/** Luton's programme is demo content, loaded once when HES_DEMO_DATA is on (as in these tests), never a migration. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class DemoContentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theContentIsLoadedOnceAndASecondLoadChangesNothing() {
        long workstreams = Database.number(dataSource, "SELECT count(*) FROM workstream");
        long kpis = Database.number(dataSource, "SELECT count(*) FROM kpi");
        assertThat(workstreams).isGreaterThanOrEqualTo(4);

        boolean loaded = DemoContent.loadOnce(dataSource, DemoContentLoader.class, DemoContentLoader.SCRIPT,
                DemoContentLoader.PRESENT);

        assertThat(loaded).isFalse();
        assertThat(Database.number(dataSource, "SELECT count(*) FROM workstream")).isEqualTo(workstreams);
        assertThat(Database.number(dataSource, "SELECT count(*) FROM kpi")).isEqualTo(kpis);
    }

    @Test
    void migrationsWriteReferenceDataOnly() {
        assertThat(Database.tablesWrittenByMigrations(DemoContentTest.class, "/db/migration"))
                .containsExactly("organisation");
    }
}
