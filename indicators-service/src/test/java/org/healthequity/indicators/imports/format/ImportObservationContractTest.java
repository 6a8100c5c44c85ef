package org.healthequity.indicators.imports.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.healthequity.indicators.mapping.ImportObservation;
import org.healthequity.indicators.mapping.ObservationView;

/** The contract's description of a JSON import row names exactly the fields the import reads. */
class ImportObservationContractTest {

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(component -> component.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyDocumentedFieldIsReadAndEveryReadFieldIsDocumented() {
        assertThat(components(ImportObservation.class)).isEqualTo(JsonRows.fieldNames());
        assertThat(components(ObservationView.Reported.class)).isEqualTo(JsonRows.reportedNames());
    }
}
