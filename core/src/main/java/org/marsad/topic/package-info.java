/**
 * The news desk of an article (culture, economy, international news, Middle East, sport,
 * technology): a linear model over TF-IDF features of Arabic words and word pairs, trained by
 * {@link org.marsad.topic.TopicTrainer} on the ANT corpus and applied by {@link
 * org.marsad.topic.TopicClassifier} and {@link org.marsad.topic.TopicsStage}.
 */
package org.marsad.topic;
