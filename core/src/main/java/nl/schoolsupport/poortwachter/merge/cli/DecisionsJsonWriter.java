package nl.schoolsupport.poortwachter.merge.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import nl.schoolsupport.poortwachter.merge.matching.MatchDecision;

/**
 * Streams decisions.json: a JSON array with one object per line,
 * {@code {"legacy_id":..,"basispoort_id":..,"decision":"auto"|"suggest","score":0.0-1.0,"rank":1..}}.
 */
final class DecisionsJsonWriter implements Closeable {

    private final JsonGenerator json;

    DecisionsJsonWriter(OutputStream out) throws IOException {
        json = new JsonFactory().createGenerator(new BufferedOutputStream(out, 1 << 16), JsonEncoding.UTF8);
        json.setPrettyPrinter(new OnePerLine());
        json.writeStartArray();
    }

    void write(MatchDecision d) throws IOException {
        json.writeStartObject();
        json.writeStringField("legacy_id", d.legacyId());
        json.writeStringField("basispoort_id", d.importedId());
        json.writeStringField("decision", d.decision().jsonValue());
        json.writeNumberField("score", d.score());
        json.writeNumberField("rank", d.rank());
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }

    /** "[", then each element on a line of its own, then "]". */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw("[\n");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
        }
    }
}
