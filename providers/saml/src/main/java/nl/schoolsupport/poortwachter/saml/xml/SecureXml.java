package nl.schoolsupport.poortwachter.saml.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nl.schoolsupport.poortwachter.saml.check.DtdNotAllowedException;
import nl.schoolsupport.poortwachter.saml.check.DuplicateIdException;
import nl.schoolsupport.poortwachter.saml.check.MalformedXmlException;
import nl.schoolsupport.poortwachter.saml.check.SchemaViolationException;

/**
 * The only way SAML XML is parsed here. Parsers never read a DTD (a DOCTYPE is a fatal error), never resolve
 * external entities or schemas, never XInclude, and run with the JAXP secure-processing limits. The SAML 2.0
 * protocol/assertion schemas (with XML-DSig and XML-Enc) are compiled once; {@link #parseValidated} checks
 * them while parsing, in the same pass. Document builders are expensive to make and not thread-safe, so
 * they are pooled.
 */
public final class SecureXml {

    /** Larger SAML messages are refused before parsing; real responses are a few KiB. */
    public static final int MAX_MESSAGE_BYTES = 512 * 1024;
    /** Federation metadata can be large; anything beyond this is refused. */
    public static final int MAX_METADATA_BYTES = 32 * 1024 * 1024;

    private static final int MAX_POOLED = 32;
    private static final Map<String, String> SCHEMA_BY_NAMESPACE = Map.of(
            "urn:oasis:names:tc:SAML:2.0:protocol", "/schema/saml-schema-protocol-2.0.xsd",
            "urn:oasis:names:tc:SAML:2.0:assertion", "/schema/saml-schema-assertion-2.0.xsd",
            "http://www.w3.org/2000/09/xmldsig#", "/schema/xmldsig-core-schema.xsd",
            "http://www.w3.org/2001/04/xmlenc#", "/schema/xenc-schema.xsd",
            "http://www.w3.org/XML/1998/namespace", "/schema/xml.xsd");

    private static final Schema SAML_SCHEMA = compileSamlSchema();
    private static final Pool VALIDATING = new Pool(SAML_SCHEMA);
    private static final Pool PLAIN = new Pool(null);

    private SecureXml() {
    }

    /** The compiled SAML 2.0 protocol + assertion schema (thread-safe, shared). */
    public static Schema samlSchema() {
        return SAML_SCHEMA;
    }

    /** Parses a SAML protocol message and validates it against the SAML 2.0 schemas in the same pass. */
    public static Document parseValidated(byte[] xml) {
        return VALIDATING.parse(xml, MAX_MESSAGE_BYTES);
    }

    /** Parses without schema validation (AuthnRequests to the demo IdP); same safety settings and size limit. */
    public static Document parse(byte[] xml) {
        return PLAIN.parse(xml, MAX_MESSAGE_BYTES);
    }

    /** Parses metadata, which may be a whole federation's: same safety settings, larger size limit. */
    public static Document parseMetadata(byte[] xml) {
        return PLAIN.parse(xml, MAX_METADATA_BYTES);
    }

    /** A namespace-aware factory with every safety setting; for code that needs its own builder. */
    public static DocumentBuilderFactory newFactory(Schema schema) {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setIgnoringComments(false); // comments are detected and refused, not silently dropped
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required safety feature", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        if (schema != null) {
            f.setSchema(schema);
            try {
                // validate only: the DOM must keep the exact text that was signed (no whitespace collapsing of
                // base64Binary, no schema default values), or signatures over signatures break
                f.setFeature("http://apache.org/xml/features/validation/schema/normalized-value", false);
                f.setFeature("http://apache.org/xml/features/validation/schema/element-default", false);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("XML parser cannot keep schema validation from changing the document", e);
            }
        }
        return f;
    }

    private static Schema compileSamlSchema() {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DOMImplementationLS ls = (DOMImplementationLS) newFactory(null).newDocumentBuilder().getDOMImplementation();
            // imports name w3.org/oasis URLs: serve them from the OpenSAML jars, never from the network
            sf.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String resource = SCHEMA_BY_NAMESPACE.get(namespace);
                if (resource == null) {
                    return null;
                }
                LSInput input = ls.createLSInput();
                input.setByteStream(open(resource));
                input.setSystemId("classpath:" + resource);
                return input;
            });
            StreamSource protocol = new StreamSource(open(SCHEMA_BY_NAMESPACE.get("urn:oasis:names:tc:SAML:2.0:protocol")),
                    "classpath:/schema/saml-schema-protocol-2.0.xsd");
            return sf.newSchema(protocol);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot compile the SAML 2.0 schemas from the OpenSAML jars", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SecureXml.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("schema resource " + resource + " missing from the classpath (OpenSAML jars)");
        }
        return in;
    }

    private static final class Pool {
        private final DocumentBuilderFactory factory;
        private final Queue<DocumentBuilder> idle = new ConcurrentLinkedQueue<>();

        Pool(Schema schema) {
            this.factory = newFactory(schema);
        }

        Document parse(byte[] xml, int maxBytes) {
            if (xml.length > maxBytes) {
                throw new MalformedXmlException("expected at most " + maxBytes + " bytes of XML, got " + xml.length);
            }
            if (containsDoctype(xml)) {
                throw new DtdNotAllowedException("expected no DOCTYPE, got a document type declaration (DTD/entities refused)");
            }
            DocumentBuilder builder = borrow();
            boolean reusable = true;
            try {
                return builder.parse(new ByteArrayInputStream(xml));
            } catch (SAXParseException e) {
                throw classify(e);
            } catch (SAXException e) {
                throw new MalformedXmlException("expected well-formed XML: " + e.getMessage());
            } catch (IOException e) {
                reusable = false;
                throw new MalformedXmlException("expected readable XML: " + e.getMessage());
            } finally {
                if (reusable && idle.size() < MAX_POOLED) {
                    builder.reset();
                    idle.offer(builder);
                }
            }
        }

        private DocumentBuilder borrow() {
            DocumentBuilder builder = idle.poll();
            if (builder == null) {
                try {
                    builder = factory.newDocumentBuilder();
                } catch (ParserConfigurationException e) {
                    throw new IllegalStateException("cannot create a secure XML parser", e);
                }
            }
            builder.setErrorHandler(STRICT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused");
            });
            return builder;
        }
    }

    private static RuntimeException classify(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        String where = " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
        if (message.contains("DOCTYPE") || message.contains("external entity")) {
            return new DtdNotAllowedException("expected no DOCTYPE or entity, got one" + where);
        }
        if (message.startsWith("cvc-id.")) {
            return new DuplicateIdException("expected unique ID values, schema validation found a duplicate" + where);
        }
        if (message.startsWith("cvc-")) {
            return new SchemaViolationException("expected a SAML 2.0 schema-valid message: " + redacted(firstLine(message))
                    + where);
        }
        return new MalformedXmlException("expected well-formed XML: " + firstLine(message) + where);
    }

    /** A schema validator's message fit for the log: first line only, quoted values blanked out. */
    public static String loggableSchemaMessage(String message) {
        return redacted(firstLine(message == null ? "" : message));
    }

    /** Messages about a wrong simple value quote the value, which may be personal data: blank it out. */
    private static String redacted(String message) {
        return VALUE_ERROR.matcher(message).lookingAt() ? message.replaceAll("'[^']*'", "'?'") : message;
    }

    private static final java.util.regex.Pattern VALUE_ERROR = java.util.regex.Pattern.compile(
            "cvc-(datatype|pattern|enumeration|length|minLength|maxLength|minInclusive|maxInclusive|minExclusive"
                    + "|maxExclusive|type\\.3|attribute\\.3|complex-type\\.2\\.2|elt\\.5|totalDigits|fractionDigits)");

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** A quick ASCII scan; the parser's disallow-doctype-decl feature is the real guard. */
    private static boolean containsDoctype(byte[] xml) {
        byte[] needle = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= xml.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (xml[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a message invalid
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
