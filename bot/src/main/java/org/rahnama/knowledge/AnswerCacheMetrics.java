package org.rahnama.knowledge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.stereotype.Component;

/** Hits, misses and size of the answer cache under {@code /actuator/metrics/cache.gets?tag=cache:rahnama.answers}. */
@Component
class AnswerCacheMetrics implements MeterBinder {

    private final KnowledgeBase knowledgeBase;

    AnswerCacheMetrics(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, knowledgeBase.answerCache().cache(), "rahnama.answers");
    }
}
