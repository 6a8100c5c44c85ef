package org.healthequity.indicators.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.Database;
import org.healthequity.testing.EmbeddedPostgresResource;

/** The one list of observation columns against the migrated table: a column added to one and not the other fails. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ObservationColumnTest {

    /** Kept by the database and the audit, never by an import's data. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "import_id", "version", "created_at", "created_by",
            "updated_at", "updated_by");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theListNamesEveryDataColumnOfTheTable() {
        List<String> table = strings("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND table_name = 'observation' ORDER BY ordinal_position");

        assertThat(table).isNotEmpty();
        assertThat(ObservationColumn.ALL.stream().map(ObservationColumn::sql))
                .containsExactlyInAnyOrderElementsOf(table.stream().filter(name -> !BOOKKEEPING.contains(name))
                        .toList());
    }

    @Test
    void theKeyIsTheNaturalKeyIndexInItsOrder() {
        List<String> indexed = strings("SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) "
                + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                + "WHERE c.relname = 'observation_natural_key' ORDER BY k.position");

        assertThat(ObservationColumn.KEY.stream().map(ObservationColumn::sql)).containsExactlyElementsOf(indexed);
    }

    @Test
    void everyColumnIsKeyOrData() {
        List<ObservationColumn> both = new ArrayList<>(ObservationColumn.KEY);
        both.addAll(ObservationColumn.DATA);

        assertThat(both).containsExactlyInAnyOrderElementsOf(ObservationColumn.ALL);
        assertThat(ObservationColumn.names("s", ObservationColumn.NUMBERS)).startsWith("s.value, s.count, ")
                .endsWith("s.upper_ci_99_8");
    }

    private List<String> strings(String sql) {
        return Database.strings(dataSource, sql);
    }
}
