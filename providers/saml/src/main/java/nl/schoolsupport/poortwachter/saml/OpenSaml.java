package nl.schoolsupport.poortwachter.saml;

import javax.xml.namespace.QName;

import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.XMLObjectBuilder;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.Marshaller;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.io.Unmarshaller;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.w3c.dom.Element;

import net.shibboleth.utilities.java.support.component.ComponentInitializationException;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;

/**
 * OpenSAML bootstrap, done once per JVM, and the few registry look-ups the rest of the module needs. The
 * global parser pool (used by OpenSAML's decrypter) gets the same safety settings as {@code SecureXml}.
 *
 * <p>Internal to Poortwachter's SAML modules; not an integration API.
 */
public final class OpenSaml {

    private static volatile boolean initialized;

    private OpenSaml() {
    }

    public static void init() {
        if (initialized) {
            return;
        }
        synchronized (OpenSaml.class) {
            if (initialized) {
                return;
            }
            try {
                InitializationService.initialize();
                org.apache.xml.security.Init.init();
                BasicParserPool pool = new BasicParserPool();
                pool.setMaxPoolSize(32);
                pool.setNamespaceAware(true);
                pool.setIgnoreComments(false);
                pool.setExpandEntityReferences(false);
                pool.setXincludeAware(false);
                pool.setBuilderFeatures(java.util.Map.of(
                        javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true,
                        "http://apache.org/xml/features/disallow-doctype-decl", true,
                        "http://xml.org/sax/features/external-general-entities", false,
                        "http://xml.org/sax/features/external-parameter-entities", false,
                        "http://apache.org/xml/features/nonvalidating/load-external-dtd", false));
                pool.initialize();
                XMLObjectProviderRegistrySupport.setParserPool(pool);
            } catch (InitializationException | ComponentInitializationException e) {
                throw new IllegalStateException("OpenSAML could not be initialised", e);
            }
            initialized = true;
        }
    }

    /** Builds an empty SAML object of the given element name, e.g. {@code build(Issuer.DEFAULT_ELEMENT_NAME)}. */
    @SuppressWarnings("unchecked")
    public static <T extends XMLObject> T build(QName elementName) {
        init();
        XMLObjectBuilder<?> builder = XMLObjectProviderRegistrySupport.getBuilderFactory().getBuilder(elementName);
        if (builder == null) {
            throw new IllegalStateException("no OpenSAML builder for " + elementName);
        }
        return (T) builder.buildObject(elementName);
    }

    /** Turns a (parsed, checked) DOM element into its OpenSAML object; the DOM stays attached. */
    public static XMLObject unmarshall(Element element) throws UnmarshallingException {
        init();
        Unmarshaller unmarshaller = XMLObjectProviderRegistrySupport.getUnmarshallerFactory().getUnmarshaller(element);
        if (unmarshaller == null) {
            throw new UnmarshallingException("no OpenSAML unmarshaller for {" + element.getNamespaceURI() + "}"
                    + element.getLocalName());
        }
        return unmarshaller.unmarshall(element);
    }

    /** Marshalls an OpenSAML object into a new DOM document and returns its root element. */
    public static Element marshall(XMLObject object) {
        init();
        Marshaller marshaller = XMLObjectProviderRegistrySupport.getMarshallerFactory().getMarshaller(object);
        try {
            return marshaller.marshall(object);
        } catch (MarshallingException e) {
            throw new IllegalStateException("cannot marshall " + object.getElementQName(), e);
        }
    }
}
