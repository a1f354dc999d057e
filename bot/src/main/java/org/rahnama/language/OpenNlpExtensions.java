package org.rahnama.language;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.util.ext.ExtensionLoader;
import org.rahnama.data.DataFolder;

/**
 * OpenNLP re-creates the factories and feature generators named in a model by reflection, and only from packages
 * it was told to trust. Ours are in {@code org.rahnama}; every class that trains or loads a model calls this first.
 */
public final class OpenNlpExtensions {

    static {
        ExtensionLoader.registerAllowedPackage("org.rahnama");
    }

    private OpenNlpExtensions() {
    }

    /** Idempotent; the registration happens once, when this class is initialised. */
    public static void allowOurs() {
        // Class initialisation has done the work.
    }

    /**
     * OpenNLP reports every step of a training at INFO; the command-line tools that train (train, safety-cv) call
     * this so that their own output stays readable.
     */
    public static void quietTraining() {
        if (org.slf4j.LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger opennlp) {
            opennlp.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /**
     * A document-categorizer model built by {@code ./mvnw package} (or {@code rahnama.jar train}) into the models
     * folder; a missing or unreadable one stops the start with a message that says how to build it.
     */
    public static DoccatModel doccatModel(DataFolder models, String file) {
        try (InputStream in = models.open(file)) {
            return new DoccatModel(in);
        } catch (IOException e) {
            throw new IllegalStateException("No " + file + " in " + models + "; build it with ./mvnw package or rahnama.jar train", e);
        }
    }
}
