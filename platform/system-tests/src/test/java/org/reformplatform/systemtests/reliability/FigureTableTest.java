package org.reformplatform.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The store's figures against a read model's: rows and columns from both sides, so neither a forgotten nor an invented kind passes. */
class FigureTableTest {

    final FigureTable store = new FigureTable().add("FULL_TIME", "mentors", 2).add("FULL_TIME", "capacity", 7)
            .add("all", "total CNY", new BigDecimal("10.50")).add("all", "total CNY", new BigDecimal("0.50"));

    List<String> against(FigureTable shown) {
        List<String> differences = new ArrayList<>();
        store.compareWith(shown, "load", differences);
        return differences;
    }

    @Test
    void the_same_figures_and_zeros_for_what_the_store_does_not_have_agree() {
        FigureTable shown = new FigureTable().set("FULL_TIME", "mentors", BigDecimal.valueOf(2)).set("FULL_TIME", "capacity", BigDecimal.valueOf(7))
                .set("INDUSTRY", "mentors", BigDecimal.ZERO).set("all", "total CNY", new BigDecimal("11.0"));
        assertThat(against(shown)).isEmpty();
    }

    @Test
    void a_kind_of_the_store_the_read_model_does_not_show_is_a_difference() {
        FigureTable shown = new FigureTable().set("INDUSTRY", "mentors", BigDecimal.ZERO).set("all", "total CNY", new BigDecimal("11.00"));
        assertThat(against(shown)).containsExactly("load FULL_TIME: not shown; the store has {capacity=7, mentors=2}");
    }

    @Test
    void a_figure_the_store_does_not_account_for_is_a_difference() {
        FigureTable shown = new FigureTable().set("FULL_TIME", "mentors", BigDecimal.valueOf(2)).set("FULL_TIME", "capacity", BigDecimal.valueOf(6))
                .set("INDUSTRY", "mentors", BigDecimal.ONE).set("all", "total CNY", new BigDecimal("11.00")).set("all", "total EUR", BigDecimal.ONE);
        assertThat(against(shown)).containsExactly("load FULL_TIME capacity: 6, the store has 7", "load INDUSTRY mentors: 1, the store has 0",
                "load all total EUR: 1, the store has 0");
    }
}
