package org.reformplatform.messagingtrial.smallrye;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.reactive.messaging.ChannelRegistry;

import org.reformplatform.messagingtrial.PausedChannels;

/** The channels paused at start-up ({@code initially-paused}), resumed through SmallRye's registry. */
@ApplicationScoped
public class RegistryChannels implements PausedChannels {

    @Inject
    ChannelRegistry registry;

    @Override
    public void resume(String channel) {
        registry.getPausable(channel).resume();
    }
}
