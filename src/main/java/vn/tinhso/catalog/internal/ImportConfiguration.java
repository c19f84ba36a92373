package vn.tinhso.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.StartupStep;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ImportConfiguration {

    /** Two import jobs at a time; more wait in the queue, so imports never starve the web threads. */
    @Bean
    ThreadPoolTaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    /** A job the last process did not finish wrote nothing (its transaction never committed): say so. */
    @Bean
    StartupStep failInterruptedImports(DatasetVersions versions) {
        return versions::failInterrupted;
    }

    /** Where several nodes share the database, the survivors fail a dead node's jobs without waiting for its restart. */
    @Component
    static class DeadNodeSweep {

        private final DatasetVersions versions;

        DeadNodeSweep(DatasetVersions versions) {
            this.versions = versions;
        }

        @Scheduled(initialDelayString = "${tinhso.import.sweep-interval:60s}", fixedDelayString = "${tinhso.import.sweep-interval:60s}")
        void sweep() {
            versions.failInterrupted();
        }
    }
}
