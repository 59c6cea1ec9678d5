package io.seatkeeper.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests and the Dockerfile against what the server serves and reads:
 * health paths, the HTTP port, the names of its settings and the application's file name.
 */
class DeploymentManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes/base");
    private static final Path POSTGRESQL = Path.of("deploy/kubernetes/postgresql");
    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");

    /**
     * Environment variables the manifests may set although no key of the server maps to
     * them, each with the reason.
     */
    private static final Map<String, String> READ_BY_THE_RUNTIME = Map.of(
        "WLP_LOGGING_CONSOLE_FORMAT", "Liberty's own: the console log's format (json)",
        "WLP_LOGGING_CONSOLE_SOURCE", "Liberty's own: what the console log shows");

    /** The OpenTelemetry SDK of mpTelemetry reads these, not the application. */
    private static final String OPENTELEMETRY_PREFIX = "OTEL_";

    private static final Pattern COPY = Pattern.compile(
        "^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$", Pattern.MULTILINE);

    @Test
    void eachProbeAsksTheHealthCheckOfItsRole() {
        for (Map<String, Object> container : containers()) {
            assertEquals("/health/started", probePath(container, "startupProbe"));
            assertEquals("/health/live", probePath(container, "livenessProbe"));
            assertEquals("/health/ready", probePath(container, "readinessProbe"));
        }
    }

    @Test
    void theContainerTheProbesAndTheServiceUseServerXmlsHttpPort() {
        int httpPort = ServerSources.httpPortDefault();
        for (Map<String, Object> container : containers()) {
            List<Map<String, Object>> ports = list(container, "ports");
            assertEquals(1, ports.size(), "one port, the HTTP one");
            assertEquals(httpPort, ports.get(0).get("containerPort"));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Object port = map(map(container, probe), "httpGet").get("port");
                assertEquals(httpPort, portNumber(ports, port), probe);
            }
            for (Map<String, Object> service : documents("Service")) {
                for (Map<String, Object> port : list(map(service, "spec"), "ports")) {
                    assertEquals(httpPort, portNumber(ports, port.get("targetPort")));
                }
            }
        }
    }

    @Test
    void everyEnvironmentVariableIsASettingTheServerReads() {
        Set<String> known = ServerSources.allKeys().stream()
            .map(ServerSources::envName)
            .collect(Collectors.toCollection(TreeSet::new));
        known.addAll(READ_BY_THE_RUNTIME.keySet());

        Set<String> unknown = new TreeSet<>();
        for (Map<String, Object> container : containers()) {
            for (String name : environmentNames(container)) {
                if (!known.contains(name) && !name.startsWith(OPENTELEMETRY_PREFIX)) {
                    unknown.add(name);
                }
            }
        }

        assertEquals(Set.of(), unknown, "names no configuration key maps to; known: " + known);
    }

    /**
     * The PostgreSQL variant removes the embedded database's volume, mount and claim by the
     * names the base gives them (a patch naming nothing would change nothing, silently), and
     * points the server at PostgreSQL through a setting the server reads.
     */
    @Test
    void thePostgresqlVariantTakesAwayTheBasesVolumeAndSetsAPostgresqlUrl() {
        Map<String, Object> pod = podOf(documents("Deployment").get(0));
        Map<String, Object> mount = list(containers().get(0), "volumeMounts").get(0);
        Map<String, Object> volume = list(pod, "volumes").get(0);
        Object claim = map(volume, "persistentVolumeClaim").get("claimName");

        Map<String, Object> patched = podOf(documents(POSTGRESQL, "Deployment").get(0));
        Map<String, Object> unmounted = list(list(patched, "containers").get(0),
            "volumeMounts").get(0);
        assertEquals(mount.get("mountPath"), unmounted.get("mountPath"));
        assertEquals("delete", unmounted.get("$patch"));
        Map<String, Object> removed = list(patched, "volumes").get(0);
        assertEquals(volume.get("name"), removed.get("name"));
        assertEquals("delete", removed.get("$patch"));
        Map<String, Object> unclaimed = documents(POSTGRESQL, "PersistentVolumeClaim").get(0);
        assertEquals(claim, map(unclaimed, "metadata").get("name"));
        assertEquals("delete", unclaimed.get("$patch"));

        Map<String, Object> kustomization = documents(POSTGRESQL, "Kustomization").get(0);
        List<Map<String, Object>> operations = list(kustomization, "patches").stream()
            .filter(patch -> patch.get("patch") instanceof String)
            .flatMap(patch -> DeploymentManifestsTest.<List<Map<String, Object>>>cast(
                new Yaml().load((String) patch.get("patch"))).stream())
            .toList();
        Map<String, Object> url = operations.stream()
            .filter(operation -> "/data/SEATKEEPER_DB_URL".equals(operation.get("path")))
            .findFirst().orElseThrow(() -> new AssertionError("no SEATKEEPER_DB_URL"));
        assertTrue(((String) url.get("value")).startsWith("jdbc:postgresql://"));
        assertTrue(ServerSources.allKeys().stream().map(ServerSources::envName)
            .anyMatch("SEATKEEPER_DB_URL"::equals), "the server reads SEATKEEPER_DB_URL");
    }

    @Test
    void secretsAreInTheSecretNotInTheConfigMap() {
        Set<String> secret = new TreeSet<>(dataKeys("Secret", "seatkeeper"));
        for (String name : List.of("SEATKEEPER_ADMIN_TOKEN", "SEATKEEPER_MAIL_SMTP_PASSWORD",
                "SEATKEEPER_DB_PASSWORD")) {
            assertTrue(secret.contains(name), name + " in the Secret");
            assertFalse(dataKeys("ConfigMap", "seatkeeper").contains(name), name);
        }
    }

    @Test
    void theImageHoldsTheApplicationWhereServerXmlLooksForIt() {
        Map<String, String> copies = dockerfileCopies();

        assertEquals("/config/apps/" + ServerSources.webApplicationLocation(),
            copies.get("target/seatkeeper.war"));
        assertEquals("/config/", copies.get("src/main/liberty/config/"));
        String jdbc = ServerSources.jdbcLibraryFolder()
            .replace("${server.config.dir}", "/config");
        assertEquals(jdbc + "/",
            copies.get("target/liberty/wlp/usr/servers/seatkeeper/lib/jdbc/"));
    }

    @Test
    void theImageRunsTheOpenLibertyReleaseTheBuildTestsOn() {
        Matcher pom = Pattern.compile(
            "<artifactId>openliberty-runtime</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(ServerSources.read(Path.of("pom.xml")));
        assertTrue(pom.find(), "the runtime's version in pom.xml");

        Matcher tag = Pattern.compile("ARG OPEN_LIBERTY_TAG=(\\S+)")
            .matcher(ServerSources.read(DOCKERFILE));
        assertTrue(tag.find(), "the image tag in the Dockerfile");

        assertTrue(tag.group(1).startsWith(pom.group(1) + "-"), tag.group(1));
    }

    @Test
    void theBuildContextKeepsEverythingTheDockerfileCopies() {
        Set<String> kept = ServerSources.read(DOCKERIGNORE).lines()
            .filter(line -> line.startsWith("!"))
            .map(line -> line.substring(1))
            .collect(Collectors.toSet());

        for (String source : dockerfileCopies().keySet()) {
            assertTrue(kept.contains(source), source + " is excluded by .dockerignore");
        }
    }

    private static Map<String, String> dockerfileCopies() {
        Matcher copy = COPY.matcher(ServerSources.read(DOCKERFILE));
        Map<String, String> copies = new LinkedHashMap<>();
        while (copy.find()) {
            copies.put(copy.group(1), copy.group(2));
        }
        return copies;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> check = map(container, probe);
        assertNotNull(check, probe);
        return (String) map(check, "httpGet").get("path");
    }

    /** A port given by number, or by the name of one of the container's ports. */
    private static int portNumber(List<Map<String, Object>> ports, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return ports.stream()
            .filter(each -> port.equals(each.get("name")))
            .map(each -> (Integer) each.get("containerPort"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no container port named " + port));
    }

    /** The container's own variables, and every key of the ConfigMaps and Secrets it takes. */
    private static Set<String> environmentNames(Map<String, Object> container) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> variable : list(container, "env")) {
            names.add((String) variable.get("name"));
        }
        for (Map<String, Object> source : list(container, "envFrom")) {
            if (source.containsKey("configMapRef")) {
                String name = (String) map(source, "configMapRef").get("name");
                names.addAll(dataKeys("ConfigMap", name));
            }
            if (source.containsKey("secretRef")) {
                String name = (String) map(source, "secretRef").get("name");
                names.addAll(dataKeys("Secret", name));
            }
        }
        return names;
    }

    private static Set<String> dataKeys(String kind, String name) {
        Map<String, Object> found = documents(kind).stream()
            .filter(document -> name.equals(map(document, "metadata").get("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
        Set<String> keys = new TreeSet<>();
        for (String field : List.of("data", "stringData")) {
            Map<String, Object> data = map(found, field);
            if (data != null) {
                keys.addAll(data.keySet());
            }
        }
        return keys;
    }

    private static List<Map<String, Object>> containers() {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> deployment : documents("Deployment")) {
            containers.addAll(list(podOf(deployment), "containers"));
        }
        assertFalse(containers.isEmpty(), "a Deployment with a container");
        return containers;
    }

    private static Map<String, Object> podOf(Map<String, Object> deployment) {
        return map(map(map(deployment, "spec"), "template"), "spec");
    }

    private static List<Map<String, Object>> documents(String kind) {
        return documents(KUBERNETES, kind);
    }

    private static List<Map<String, Object>> documents(Path folder, String kind) {
        List<Map<String, Object>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        Map<String, Object> resource = cast(document);
                        if (resource != null && kind.equals(resource.get("kind"))) {
                            found.add(resource);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String field) {
        return cast(parent.get(field));
    }

    private static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        List<Map<String, Object>> items = cast(parent.get(field));
        return items == null ? List.of() : items;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
