package org.rahnama.data;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the maintainer-edited folders are read from. Empty means the copy packaged in the jar; a path means a
 * folder on disk, which is watched so that edits apply without a restart.
 *
 * @param knowledgeBase {@code rahnama.data.knowledge-base} / {@code RAHNAMA_DATA_KNOWLEDGEBASE}
 * @param nlpModels     {@code rahnama.data.nlp-models} / {@code RAHNAMA_DATA_NLPMODELS}
 * @param translations  {@code rahnama.data.translations} / {@code RAHNAMA_DATA_TRANSLATIONS}
 * @param models        {@code rahnama.data.models}: trained model files ({@code java -jar rahnama.jar train})
 */
@ConfigurationProperties("rahnama.data")
public record DataProperties(String knowledgeBase, String nlpModels, String translations, String models) {
}
