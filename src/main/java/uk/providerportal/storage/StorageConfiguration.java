package uk.providerportal.storage;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    /** The folder store unless another {@link FileStore} (e.g. an S3-compatible one) is configured. */
    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore folderFileStore(@Value("${portal.storage.dir}") Path dir) {
        return new FolderFileStore(dir);
    }
}
