package org.reformplatform.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** How the client reads the kernel's verify answers (the endpoint itself is the kernel's, on another branch). */
class ReadModelOracleTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode answer(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void equal_tables_are_no_difference() throws Exception {
        JsonNode equal = answer("{'projection':'mentor-load','source':'store','equal':true,'eventsReplayed':12,"
                + "'tables':[{'table':'mentor_load','liveRows':3,'shadowRows':3,'equal':true,'onlyInLive':[],'onlyInShadow':[]}]}");
        assertThat(ReadModelOracle.differences("admissions mentor-load from the store", "mentor-load", "store", equal)).isEmpty();
    }

    @Test
    void a_differing_table_is_reported_with_its_first_rows_on_each_side() throws Exception {
        JsonNode differing = answer("{'projection':'mentor-load','source':'topic','equal':false,'eventsReplayed':12,'tables':["
                + "{'table':'mentor_load','liveRows':5,'shadowRows':4,'equal':false,"
                + "'onlyInLive':[{'id':1},{'id':2},{'id':3},{'id':4}],'onlyInShadow':[{'id':9}]}]}");
        assertThat(ReadModelOracle.differences("admissions mentor-load from the topic", "mentor-load", "topic", differing))
                .containsExactly("admissions mentor-load from the topic: table mentor_load has 5 live rows and 4 replayed; "
                        + "only live: [{\"id\":1}, {\"id\":2}, {\"id\":3}, ... 1 more]; only replayed: [{\"id\":9}]");
    }

    @Test
    void an_answer_that_contradicts_itself_or_says_nothing_is_a_difference() throws Exception {
        JsonNode contradicting = answer("{'projection':'mentor-load','source':'store','equal':true,'eventsReplayed':1,"
                + "'tables':[{'table':'mentor_load','liveRows':1,'shadowRows':0,'equal':false,'onlyInLive':[{'id':1}],'onlyInShadow':[]}]}");
        assertThat(ReadModelOracle.differences("x", "mentor-load", "store", contradicting)).hasSize(2)
                .anyMatch(d -> d.contains("'equal' is true but its tables say false"));
        assertThat(ReadModelOracle.differences("x", "mentor-load", "store", answer("{'projection':'mentor-load','source':'store','equal':true,'tables':[]}")))
                .singleElement().asString().contains("not an answer of the oracle");
        assertThat(ReadModelOracle.differences("x", "mentor-load", "store", answer("{'projection':'other','source':'topic','equal':true,"
                + "'tables':[{'table':'t','equal':true}]}"))).singleElement().asString().contains("the answer is about");
    }
}
