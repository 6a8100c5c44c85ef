package org.healthequity.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * The Kubernetes overlays render with {@code kubectl kustomize}, and every object of a Kubernetes kind reads as that
 * kind with no field the schema does not know; the custom resources are the operators' kinds with what each needs.
 */
class K8sManifestsTest {

    private static final Path K8S = Path.of(System.getProperty("hes.home", "../..")).toAbsolutePath().normalize()
            .resolve("deploy/k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CUSTOM_KINDS = Set.of("postgresql.cnpg.io/v1/Cluster",
            "k8s.keycloak.org/v2alpha1/Keycloak", "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = { "local", "production" })
    void everyObjectIsOfAKnownKindWithOnlyKnownFields(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        assertThat(objects).hasSizeGreaterThan(25);
        for (JsonNode object : objects) {
            String kind = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            String name = kind + " " + object.path("metadata").path("name").asText();
            if (CUSTOM_KINDS.contains(kind)) {
                assertThat(object.path("spec").isObject()).as(name).isTrue();
                continue;
            }
            KubernetesResource typed = YAML.treeToValue(object, KubernetesResource.class);
            assertThat(typed.getClass().getSimpleName()).as(name).isEqualTo(object.path("kind").asText());
            List<String> unknown = new ArrayList<>();
            unknownFields(typed, name, unknown);
            assertThat(unknown).as("fields the schema of " + name + " does not know").isEmpty();
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = { "local", "local-demo", "production" })
    void onlyTheGatewayIsExposedAndEveryPartIsThere(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        assertThat(names(objects, "Ingress")).containsExactly("gateway");
        assertThat(names(objects, "Deployment")).containsExactlyInAnyOrder("indicators-service", "workstreams-service",
                "evaluation-service", "gateway");
        assertThat(names(objects, "HorizontalPodAutoscaler")).hasSize(4);
        assertThat(names(objects, "PodDisruptionBudget")).hasSize(4);
        assertThat(names(objects, "Cluster")).containsExactlyInAnyOrder("indicators-db", "workstreams-db",
                "evaluation-db", "keycloak-db");
        assertThat(names(objects, "NetworkPolicy")).hasSize(9).contains("keycloak");
        objects.stream().filter(object -> object.path("kind").asText().equals("Service"))
                .forEach(service -> assertThat(service.path("spec").path("type").asText("ClusterIP"))
                        .isEqualTo("ClusterIP"));
        JsonNode gatewayService = objects.stream().filter(object -> object.path("kind").asText().equals("Service")
                && object.path("metadata").path("name").asText().equals("gateway")).findFirst().orElseThrow();
        assertThat(gatewayService.path("spec").path("ports").findValuesAsText("name"))
                .as("the gateway's health and metrics port is not served").containsExactly("http");
        objects.stream().filter(object -> object.path("kind").asText().equals("Deployment")).forEach(deployment -> {
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).startsWith("/q/health/");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(container.path("resources").path("requests").has("cpu")).isTrue();
            assertThat(container.path("resources").path("limits").has("memory")).isTrue();
        });
    }

    @Test
    void eachServiceReachesOnlyItsOwnDatabase() throws Exception {
        for (JsonNode policy : render("production")) {
            if (!policy.path("kind").asText().equals("NetworkPolicy")) {
                continue;
            }
            String name = policy.path("metadata").path("name").asText();
            if (!name.endsWith("-service")) {
                continue;
            }
            String database = name.replace("-service", "-db");
            List<String> clusters = new ArrayList<>();
            policy.path("spec").path("egress").forEach(rule -> rule.path("to").forEach(peer -> {
                JsonNode cluster = peer.path("podSelector").path("matchLabels").path("cnpg.io/cluster");
                if (!cluster.isMissingNode()) {
                    clusters.add(cluster.asText());
                }
            }));
            assertThat(clusters).as(name).containsExactly(database);
        }
    }

    @Test
    void theRealmImportIsTheRealmFileWithDemoUsersOnlyInLocalDemo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(K8S.resolve("../keycloak/health-equity-realm.json").toFile());
        JsonNode demoUsers = json.readTree(K8S.resolve("../keycloak/demo/health-equity-users-0.json").toFile())
                .path("users");
        for (String overlay : List.of("local", "production")) {
            JsonNode imported = realmImport(overlay).path("spec").path("realm");
            assertThat(imported).as(overlay).isEqualTo(realm);
            assertThat(imported.path("users").findValuesAsText("username")).as(overlay)
                    .containsExactly("service-account-hes-bi");
            imported.path("clients").forEach(client -> assertThat(client.path("directAccessGrantsEnabled")
                    .asBoolean(false)).as(overlay + ": no client takes passwords: " + client.path("clientId"))
                    .isFalse());
        }
        JsonNode demo = realmImport("local-demo").path("spec").path("realm");
        List<JsonNode> expectedUsers = new ArrayList<>();
        realm.path("users").forEach(expectedUsers::add);
        demoUsers.forEach(expectedUsers::add);
        List<JsonNode> users = new ArrayList<>();
        demo.path("users").forEach(users::add);
        assertThat(users).containsExactlyElementsOf(expectedUsers);
        assertThat(render("local-demo").stream().filter(object -> object.path("kind").asText().equals("ConfigMap"))
                .map(map -> map.path("data").path("HES_DEMO_DATA").asText()).toList()).contains("true");
    }

    private static JsonNode realmImport(String overlay) throws Exception {
        return render(overlay).stream().filter(object -> object.path("kind").asText().equals("KeycloakRealmImport"))
                .findFirst().orElseThrow();
    }

    @Test
    void keycloakIsReachedOnlyByTheIngressTheGatewayAndTheServicesAndReachesOnlyItsDatabase() throws Exception {
        JsonNode policy = render("production").stream().filter(object -> object.path("kind").asText()
                .equals("NetworkPolicy") && object.path("metadata").path("name").asText().equals("keycloak"))
                .findFirst().orElseThrow();
        List<String> callers = new ArrayList<>();
        policy.path("spec").path("ingress").get(0).path("from").forEach(peer -> callers.add(
                peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText(
                        peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name")
                                .asText())));
        assertThat(callers).containsExactlyInAnyOrder("ingress-nginx", "gateway", "indicators-service",
                "workstreams-service", "evaluation-service");
        List<String> clusters = new ArrayList<>();
        policy.path("spec").path("egress").forEach(rule -> rule.path("to").forEach(peer -> {
            JsonNode cluster = peer.path("podSelector").path("matchLabels").path("cnpg.io/cluster");
            if (!cluster.isMissingNode()) {
                clusters.add(cluster.asText());
            }
        }));
        assertThat(clusters).containsExactly("keycloak-db");
    }

    private static List<String> names(List<JsonNode> objects, String kind) {
        return objects.stream().filter(object -> object.path("kind").asText().equals(kind))
                .map(object -> object.path("metadata").path("name").asText()).toList();
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays/" + overlay).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the Kustomize overlays", e);
        }
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize said:\n" + output).isZero();
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(output)) {
            documents.forEachRemaining(objects::add);
        }
        return objects;
    }

    /** Walks the typed object: a field the model did not recognise lands in some object's additional properties. */
    private static void unknownFields(Object value, String path, List<String> unknown) throws Exception {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value.getClass().isEnum()) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), unknown);
            }
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass(), Object.class)
                .getPropertyDescriptors()) {
            if (property.getReadMethod() == null) {
                continue;
            }
            Object child;
            try {
                child = property.getReadMethod().invoke(value);
            } catch (InvocationTargetException e) {
                continue;
            }
            if (property.getName().equals("additionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            unknownFields(child, path + "." + property.getName(), unknown);
        }
    }
}
