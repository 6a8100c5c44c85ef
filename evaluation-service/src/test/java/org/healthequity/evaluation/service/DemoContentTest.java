package org.healthequity.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.common.persistence.DemoContent;
import org.healthequity.evaluation.rest.SourcesStub;
import org.healthequity.testing.Database;
import org.healthequity.testing.EmbeddedPostgresResource;

/** Luton's evaluation is demo content, loaded once when HES_DEMO_DATA is on (as in these tests), never a migration. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class DemoContentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theContentIsLoadedOnceAndASecondLoadChangesNothing() {
        long evaluations = Database.number(dataSource, "SELECT count(*) FROM evaluation");
        long findings = Database.number(dataSource, "SELECT count(*) FROM finding");
        assertThat(findings).isGreaterThanOrEqualTo(12);

        boolean loaded = DemoContent.loadOnce(dataSource, DemoContentLoader.class, DemoContentLoader.SCRIPT,
                DemoContentLoader.PRESENT);

        assertThat(loaded).isFalse();
        assertThat(Database.number(dataSource, "SELECT count(*) FROM evaluation")).isEqualTo(evaluations);
        assertThat(Database.number(dataSource, "SELECT count(*) FROM finding")).isEqualTo(findings);
    }

    @Test
    void theSeedsTimelineFromJuly2021IsLoadedOnce() {
        assertThat(Database.number(dataSource, "SELECT count(*) FROM timeline_entry WHERE created_by = 'system'"))
                .isEqualTo(6);
        assertThat(Database.number(dataSource, "SELECT count(*) FROM timeline_entry WHERE kind = 'DECISION' "
                + "AND starts_on = '2021-07-01' AND title = 'Decision to explore IHE engagement'")).isEqualTo(1);
        assertThat(DemoContent.loadOnce(dataSource, DemoContentLoader.class, DemoContentLoader.TIMELINE_SCRIPT,
                DemoContentLoader.TIMELINE_PRESENT)).isFalse();
        assertThat(Database.number(dataSource, "SELECT count(*) FROM timeline_entry WHERE created_by = 'system'"))
                .isEqualTo(6);
    }

    @Test
    void migrationsWriteNoRows() {
        assertThat(Database.tablesWrittenByMigrations(DemoContentTest.class, "/db/migration")).isEmpty();
    }
}
