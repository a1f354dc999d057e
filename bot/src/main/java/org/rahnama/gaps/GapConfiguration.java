package org.rahnama.gaps;

import java.nio.file.Path;
import org.rahnama.state.RedisConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editors' ledger in Redis when it is configured (several instances, one ledger), else in files. */
@Configuration(proxyBeanMethods = false)
class GapConfiguration {

    @Bean
    GapLedger gapLedger(GapProperties properties, ObjectProvider<RedisConnection> redis) {
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? new FileGapLedger(Path.of(properties.folder()), properties.retention())
                : new RedisGapLedger(connection, properties.retention());
    }
}
