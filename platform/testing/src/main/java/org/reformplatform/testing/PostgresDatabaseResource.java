package org.reformplatform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Quarkus test resource: a fresh PostgreSQL database for the test JVM, dropped at the end. */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private PostgresDatabase database;
    private String prefix = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("prefix", prefix);
    }

    @Override
    public Map<String, String> start() {
        database = PostgresDatabase.createFresh(prefix);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", PostgresDatabase.user(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
