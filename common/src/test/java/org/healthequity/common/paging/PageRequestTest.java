package org.healthequity.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.healthequity.common.problem.ApiException;

class PageRequestTest {

    @Test
    void theLastReachablePageHasAnOffsetThatFitsAQuery() {
        PageRequest last = PageRequest.parse(Integer.toString(PageRequest.lastPage(50)), "50");

        assertThat(last.offset()).isNotNegative().isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat((long) last.offset() + 50).isGreaterThan(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @CsvSource({ "2147483647, 50, page", "42949674, 500, page", "0, 50, page", "1, 501, pageSize",
            "99999999999, 50, page", "abc, 50, page" })
    void aPageNoListCanHaveIsRefusedNamingTheParameter(String page, String size, String parameter) {
        assertThatThrownBy(() -> PageRequest.parse(page, size))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.getMessage())
                        .contains(parameter));
    }

    @Test
    void theContractStatesTheBoundsTheServerEnforces() {
        assertThat(PageRequest.MAX_PAGE_SIZE_TEXT).isEqualTo(Integer.toString(PageRequest.MAX_PAGE_SIZE));
        assertThat(Integer.parseInt(PageRequest.MAX_PAGE_TEXT)).isEqualTo(Integer.MAX_VALUE);
    }
}
