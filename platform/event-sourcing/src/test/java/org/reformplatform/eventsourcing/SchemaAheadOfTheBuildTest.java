package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.PostgresDatabase;

/**
 * A rollback, or an old replica restarting in the middle of a rolling update, starts this build on a
 * schema that a later version has already migrated (docs/operations.md, upgrades). Given a database
 * migrated by "a later version" (this build's migrations plus one it does not know), when Flyway
 * starts the way the kernel's defaults make every service start it (locations, validation on
 * migrate, the ignore patterns), then it starts and leaves the later migration in place.
 *
 * <p>Flyway is driven here through its own API with the values read from the kernel's
 * {@code META-INF/microprofile-config.properties}, which Quarkus hands to the same builder methods.
 * Without {@code quarkus.flyway.ignore-migration-patterns}, Quarkus builds the patterns from
 * {@code ignore-missing-migrations} and {@code ignore-future-migrations}, both false by default, and
 * so passes none: Flyway's own default ({@code *:future}) never applies in a Quarkus service. The
 * second test starts Flyway that way and shows it refused, so the first cannot pass for another reason.
 */
class SchemaAheadOfTheBuildTest {

    private static final String LATER_VERSION = "db/later-version";

    private PostgresDatabase database;

    @BeforeEach
    void a_database_a_later_version_has_migrated() {
        database = PostgresDatabase.createFresh("ahead");
        List<String> laterLocations = new ArrayList<>(kernelList("quarkus.flyway.locations"));
        laterLocations.add(LATER_VERSION);
        flyway().locations(laterLocations.toArray(String[]::new)).load().migrate();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void this_build_starts_on_a_schema_one_migration_ahead_of_it() throws SQLException {
        FluentConfiguration thisBuild = flyway().locations(kernelList("quarkus.flyway.locations").toArray(String[]::new))
                .ignoreMigrationPatterns(kernelList("quarkus.flyway.ignore-migration-patterns").toArray(String[]::new));

        var result = thisBuild.load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).as("migrations this build had to apply").isZero();
        assertThat(laterColumnExists()).as("the later version's column, left in place").isTrue();
    }

    @Test
    void without_the_kernels_setting_flyway_refuses_that_schema() {
        // What Quarkus 3.33's FlywayCreator passes when the property is absent and both legacy flags are false.
        FluentConfiguration withoutIt = flyway().locations(kernelList("quarkus.flyway.locations").toArray(String[]::new)).ignoreMigrationPatterns(new String[0]);

        assertThatThrownBy(() -> withoutIt.load().migrate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("2099.01.01.01");
    }

    private FluentConfiguration flyway() {
        // Quarkus validates on migrate by default, and the kernel does not turn that off.
        return Flyway.configure().dataSource(database.jdbcUrl(), PostgresDatabase.user(), "").validateOnMigrate(true);
    }

    private boolean laterColumnExists() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), PostgresDatabase.user(), "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT 1 FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'later_version_note'")) {
            return rs.next();
        }
    }

    /** A list value from the kernel's defaults, split as SmallRye Config splits it (commas, items trimmed). */
    private static List<String> kernelList(String key) {
        return Arrays.stream(kernelDefault(key).split(",")).map(String::trim).toList();
    }

    /** A value from the kernel's defaults file (the one on the class path that configures Flyway). */
    private static String kernelDefault(String key) {
        try {
            for (URL url : Collections.list(SchemaAheadOfTheBuildTest.class.getClassLoader().getResources("META-INF/microprofile-config.properties"))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                if (properties.containsKey("quarkus.flyway.locations")) {
                    String value = properties.getProperty(key);
                    assertThat(value).as(key + " in " + url).isNotBlank();
                    return value;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no META-INF/microprofile-config.properties configures Flyway");
    }
}
