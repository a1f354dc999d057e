package org.rahnama.data;

import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Resolves each data folder from {@link DataProperties}: a configured path, else the jar's copy. */
@Component
public class DataFolders {

    private final DataFolder knowledgeBase;
    private final DataFolder nlpModels;
    private final DataFolder translations;
    private final DataFolder models;

    public DataFolders(DataProperties properties) {
        this.knowledgeBase = folder("knowledge-base", properties.knowledgeBase());
        this.nlpModels = folder("nlp-models", properties.nlpModels());
        this.translations = folder("translations", properties.translations());
        this.models = folder("models", properties.models());
    }

    private static DataFolder folder(String name, String configured) {
        return configured == null || configured.isBlank()
                ? DataFolder.onClasspath(name)
                : DataFolder.onDisk(name, Path.of(configured));
    }

    public DataFolder knowledgeBase() {
        return knowledgeBase;
    }

    public DataFolder nlpModels() {
        return nlpModels;
    }

    public DataFolder translations() {
        return translations;
    }

    public DataFolder models() {
        return models;
    }
}
