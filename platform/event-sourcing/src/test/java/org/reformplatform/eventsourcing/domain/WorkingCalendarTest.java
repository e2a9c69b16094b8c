package org.reformplatform.eventsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar CN = bundled();

    @Test
    void the_spring_festival_and_its_make_up_saturday_count_as_the_notice_says() {
        LocalDate eve = LocalDate.parse("2025-01-27");
        assertThat(CN.isWorkingDay(LocalDate.parse("2025-01-26"))).as("a Sunday worked instead").isTrue();
        assertThat(CN.isWorkingDay(LocalDate.parse("2025-01-29"))).as("a holiday").isFalse();
        assertThat(CN.isWorkingDay(LocalDate.parse("2025-02-08"))).as("a Saturday worked instead").isTrue();
        // 28 Jan - 4 Feb off: the third working day after Monday 27 Jan is Friday 7 Feb.
        assertThat(CN.plusWorkingDays(eve, 3)).isEqualTo(LocalDate.parse("2025-02-07"));
    }

    @Test
    void twenty_working_days_from_a_date_end_on_the_day_the_count_reaches_twenty() {
        qt().withExamples(300).forAll(integers().between(0, 900), integers().between(0, 60)).checkAssert((offset, days) -> {
            LocalDate from = LocalDate.parse("2024-12-01").plusDays(offset);
            LocalDate due = CN.plusWorkingDays(from, days);
            assertThat(CN.workingDaysBetween(from, due)).isEqualTo(days);
            // The oracle: counting days one by one, the due day is the first on which the count is reached.
            int counted = 0;
            LocalDate day = from;
            while (counted < days) {
                day = day.plusDays(1);
                int weekday = day.getDayOfWeek().getValue();
                boolean working = CN.workdays().contains(day) || (!CN.holidays().contains(day) && weekday <= 5);
                counted += working ? 1 : 0;
            }
            assertThat(due).isEqualTo(day);
            if (days > 0) {
                assertThat(CN.isWorkingDay(due)).isTrue();
            }
        });
    }

    @Test
    void a_line_that_is_neither_holiday_nor_workday_is_refused_with_its_number() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkingCalendar.read("test", new StringReader("# x\n2026-01-01 holidy\n")))
                .hasMessageContaining("line 2");
    }

    private static WorkingCalendar bundled() {
        try (var in = WorkingCalendar.class.getClassLoader().getResourceAsStream("calendars/CN.txt")) {
            return WorkingCalendar.read("CN", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
