package org.citeqa.index.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.schema.SchemaRepresentation;
import org.apache.solr.common.util.NamedList;
import org.jboss.logging.Logger;

/**
 * The collection's configset, shipped in the service ({@code src/main/resources/solr/citeqa/conf}), and the checks
 * that a collection the service did not create can hold its passages: the fields it writes and reads, the
 * pre-analysed BM25 field, and a cosine vector field of the embedding model's dimension.
 */
final class SolrSchema {

    static final String RESOURCE_DIR = "solr/citeqa/conf/";
    static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");
    /** The schema's property for the vector dimension, set when the service creates the collection. */
    static final String DIMENSION_PROPERTY = "citeqa.vector.dimension";

    private static final Logger LOG = Logger.getLogger(SolrSchema.class);
    private static final List<String> REQUIRED_FIELDS = List.of("id", "_root_", "kind", "doc_id", "fingerprint",
            "title", "sentence_count", "sentence_vectors", "ordinal", "start", "end", "page", "text", "terms");

    private SolrSchema() {
    }

    /** Uploads the configset unless one of that name exists, then creates the collection. */
    static void create(SolrClient client, SolrSettings settings, int dimension) throws SolrServerException, IOException {
        List<String> configsets = new ConfigSetAdminRequest.List().process(client).getConfigSets();
        if (!configsets.contains(settings.configset())) {
            Path zip = zip();
            try {
                new ConfigSetAdminRequest.Upload().setConfigSetName(settings.configset())
                        .setUploadFile(zip.toFile(), "application/zip").process(client);
                LOG.infof("Uploaded the configset %s", settings.configset());
            } finally {
                Files.deleteIfExists(zip);
            }
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(settings.collection(),
                settings.configset(), settings.shards(), settings.replicas());
        if (dimension > 0) {
            create.withProperty(DIMENSION_PROPERTY, Integer.toString(dimension));
        }
        create.process(client);
        LOG.infof("Created the collection %s: %d shard(s) x %d replica(s), configset %s, vectors of dimension %d",
                settings.collection(), settings.shards(), settings.replicas(), settings.configset(), dimension);
    }

    static boolean exists(SolrClient client, String collection) throws SolrServerException, IOException {
        return CollectionAdminRequest.listCollections(client).contains(collection);
    }

    /**
     * What is wrong with the collection's schema for this service, empty when nothing is. {@code dimension} is the
     * embedding model's, 0 when embeddings are off.
     */
    static List<String> problems(SolrClient client, String collection, int dimension)
            throws SolrServerException, IOException {
        SchemaRepresentation schema = new SchemaRequest().process(client, collection).getSchemaRepresentation();
        List<String> problems = new ArrayList<>();
        if (!"id".equals(schema.getUniqueKey())) {
            problems.add("the unique key must be 'id', is '" + schema.getUniqueKey() + "'");
        }
        Map<String, String> typeOf = new HashMap<>();
        for (Map<String, Object> field : schema.getFields()) {
            typeOf.put(String.valueOf(field.get("name")), String.valueOf(field.get("type")));
        }
        Map<String, Map<String, Object>> types = new HashMap<>();
        for (var type : schema.getFieldTypes()) {
            types.put(String.valueOf(type.getAttributes().get("name")), type.getAttributes());
        }
        for (String field : REQUIRED_FIELDS) {
            if (!typeOf.containsKey(field)) {
                problems.add("the field '" + field + "' is missing");
            }
        }
        Map<String, Object> terms = types.getOrDefault(typeOf.get("terms"), Map.of());
        if (!String.valueOf(terms.get("class")).endsWith("PreAnalyzedField")) {
            problems.add("the field 'terms' must be a PreAnalyzedField (the service sends analysed terms), is "
                    + terms.get("class"));
        }
        if (dimension > 0) {
            Map<String, Object> vector = types.getOrDefault(typeOf.get("vector"), Map.of());
            if (!typeOf.containsKey("vector") || !String.valueOf(vector.get("class")).endsWith("DenseVectorField")) {
                problems.add("the field 'vector' must be a DenseVectorField");
            } else {
                if (!String.valueOf(dimension).equals(String.valueOf(vector.get("vectorDimension")))) {
                    problems.add("the field 'vector' has dimension " + vector.get("vectorDimension")
                            + " but the embedding model's is " + dimension + " (create the collection with property."
                            + DIMENSION_PROPERTY + "=" + dimension + ")");
                }
                if (!"cosine".equalsIgnoreCase(String.valueOf(vector.get("similarityFunction")))) {
                    problems.add("the field 'vector' must compare by cosine, compares by "
                            + vector.get("similarityFunction"));
                }
            }
        }
        return problems;
    }

    /** Whether BM25 uses collection-wide statistics; per-shard statistics rank differently from one index. */
    static boolean exactStatistics(SolrClient client, String collection) throws SolrServerException, IOException {
        NamedList<Object> response = client.request(
                new GenericSolrRequest(SolrRequest.METHOD.GET, "/config/statsCache"), collection);
        Object config = response.get("config");
        String text = String.valueOf(config);
        return text.contains("ExactStatsCache") || text.contains("ExactSharedStatsCache");
    }

    /** The configset as the zip the Configsets API takes. */
    private static Path zip() throws IOException {
        Path zip = Files.createTempFile("citeqa-configset-", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : FILES) {
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = resource(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return zip;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SolrSchema.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("the configset file " + RESOURCE_DIR + name + " is not on the class path");
        }
        return in;
    }
}
