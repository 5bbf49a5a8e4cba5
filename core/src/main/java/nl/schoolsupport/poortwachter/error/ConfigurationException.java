package nl.schoolsupport.poortwachter.error;

/** Configuration is missing or invalid; the message names the key. Thrown at start-up, never later. */
public class ConfigurationException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String key, String problem) {
        super(CoreErrorCode.CONFIGURATION, "configuration key '" + key + "': " + problem);
    }

    public ConfigurationException(String key, String problem, Throwable cause) {
        super(CoreErrorCode.CONFIGURATION, "configuration key '" + key + "': " + problem, cause);
    }
}
