package io.seatkeeper.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the server reads, taken from its sources when the test runs, so that checks of the
 * deployment files and the README follow the code and server.xml as they change.
 */
final class ServerSources {

    static final Path JAVA_SOURCES = Path.of("src/main/java");
    static final Path SERVER_XML = Path.of("src/main/liberty/config/server.xml");

    /** An injected key, and a key read from a Config object, wherever the call breaks. */
    private static final Pattern READ_KEY = Pattern.compile(
        "(?:@ConfigProperty\\s*\\(\\s*name\\s*=|\\.get(?:Optional)?Value\\s*\\()\\s*\"([^\"]+)\"");

    private ServerSources() {
    }

    /** The MicroProfile Config keys the application's code reads. */
    static Set<String> configKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                .forEach(file -> keys.addAll(keysIn(read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** server.xml's variables, each with its default value. */
    static Map<String, String> serverVariables() {
        NodeList variables = serverXml().getElementsByTagName("variable");
        Map<String, String> defaults = new LinkedHashMap<>();
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            String value = variable.hasAttribute("defaultValue")
                ? variable.getAttribute("defaultValue") : variable.getAttribute("value");
            defaults.put(variable.getAttribute("name"), value);
        }
        return defaults;
    }

    /** Every setting an operator can give: the Config keys and server.xml's variables. */
    static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>(configKeys());
        keys.addAll(serverVariables().keySet());
        return keys;
    }

    /**
     * The environment variable of a key: MicroProfile Config's rule (every character but a
     * letter or digit becomes '_', then upper case), which Liberty also follows for server.xml
     * variables.
     */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static int httpPortDefault() {
        return Integer.parseInt(serverVariables().get("http.port"));
    }

    /** The application's file name, relative to the server's apps folder. */
    static String webApplicationLocation() {
        return onlyAttribute("webApplication", "location");
    }

    /** The folder the JDBC driver library reads, with server.xml's own variables in it. */
    static String jdbcLibraryFolder() {
        return onlyAttribute("fileset", "dir");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> keysIn(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = READ_KEY.matcher(source);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static String onlyAttribute(String element, String attribute) {
        NodeList found = serverXml().getElementsByTagName(element);
        if (found.getLength() != 1) {
            throw new IllegalStateException(
                "server.xml has " + found.getLength() + " <" + element + "> elements, not one");
        }
        return ((Element) found.item(0)).getAttribute(attribute);
    }

    private static Document serverXml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(SERVER_XML.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("server.xml does not parse", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
