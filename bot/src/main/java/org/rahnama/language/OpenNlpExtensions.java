package org.rahnama.language;

import opennlp.tools.util.ext.ExtensionLoader;

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
}
