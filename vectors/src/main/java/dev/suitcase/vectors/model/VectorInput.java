package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Layer;

/** The input of a vector; its type fixes the layer. */
public sealed interface VectorInput permits SignatureInput, CoseInput, SuitInput {

    Layer layer();
}
