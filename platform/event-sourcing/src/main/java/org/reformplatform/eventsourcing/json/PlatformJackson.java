package org.reformplatform.eventsourcing.json;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * JSON conventions shared by the API and the events: typed ids travel as plain UUID strings and
 * decimals (money, weights, scores) as strings, so that no consumer ever parses them into a binary
 * floating-point number.
 */
@Singleton
public class PlatformJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
        mapper.registerModule(RequestValues.module());
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        // "{...} garbage" is not a request body, even if it starts with one.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("reform-platform");
        module.addSerializer(Id.class, new IdSerializer());
        module.setDeserializers(new IdDeserializers());
        return module;
    }

    static final class IdSerializer extends StdSerializer<Id> {
        IdSerializer() {
            super(Id.class);
        }

        @Override
        public void serialize(Id id, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(id.value().toString());
        }
    }

    static final class IdDeserializers extends SimpleDeserializers {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (Id.class.isAssignableFrom(raw) && raw.isRecord()) {
                return new IdDeserializer(raw);
            }
            return null;
        }
    }

    static final class IdDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final Constructor<?> constructor;

        IdDeserializer(Class<?> type) {
            this.type = type;
            try {
                this.constructor = type.getDeclaredConstructor(UUID.class);
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " must be a record with a single UUID component", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            UUID uuid;
            try {
                uuid = UUID.fromString(text);
            } catch (IllegalArgumentException | NullPointerException e) {
                return context.handleWeirdStringValue(type, text, "not a UUID");
            }
            try {
                return constructor.newInstance(uuid);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
