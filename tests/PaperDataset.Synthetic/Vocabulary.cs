namespace PaperDataset.Synthetic;

/// <summary>
/// Word lists and sentence templates for titles and abstracts. Slots are written <c>&lt;name&gt;</c>; a name that starts
/// with a capital letter capitalises the first letter of what it is filled with. Lower-case forms are for abstracts;
/// titles use the same lists in title case.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Methods =
    [
        "large language models", "diffusion models", "vision transformers", "graph neural networks", "state space models",
        "mixture-of-experts models", "spiking neural networks", "neural radiance fields", "reward models", "sparse autoencoders",
        "normalizing flows", "recurrent networks", "vision-language models", "speech foundation models", "retrieval-augmented generators",
        "kernel machines", "Gaussian processes", "LSTMs", "LLM agents", "contrastive encoders", "deep unfolded networks",
        "policy gradient methods", "low-rank adapters", "tokenizers", "multimodal LLMs", "world models", "Schrödinger bridges",
        "Poincaré embeddings", "energy-based models", "variational autoencoders", "convolutional networks", "hypernetworks",
        "neural operators", "decision transformers", "latent diffusion models", "autoregressive image models",
        "Kolmogorov–Arnold networks", "small language models", "code LLMs", "video diffusion models", "embedding models",
        "process reward models", "linear attention models", "graph transformers", "masked autoencoders", "audio language models",
    ];

    public static readonly string[] Tasks =
    [
        "optical flow estimation", "text-to-image generation", "code generation", "mathematical reasoning",
        "open-domain question answering", "machine translation", "semantic segmentation", "object detection", "speech recognition",
        "protein structure prediction", "molecular property prediction", "video understanding", "time series forecasting",
        "sequential recommendation", "anomaly detection", "image restoration", "3D reconstruction", "robotic manipulation",
        "autonomous driving", "document understanding", "sparse signal recovery", "continual learning", "federated learning",
        "long-form summarization", "tool use", "theorem proving", "medical image segmentation", "weather forecasting",
        "dense retrieval", "prompt optimization", "knowledge graph completion", "visual question answering", "instruction following",
        "preference alignment", "novel view synthesis", "speech synthesis", "table understanding", "cross-lingual transfer",
        "domain generalization", "out-of-distribution detection", "dataset distillation", "neural architecture search",
        "multi-agent coordination", "web navigation", "program repair", "image captioning", "point cloud registration",
        "event-based vision", "graph classification", "causal discovery", "active learning", "test-time adaptation",
        "fact verification", "entity linking", "music generation", "video generation", "pose estimation", "hate speech detection",
        "legal judgment prediction", "clinical note summarization", "cyberthreat investigation", "text embedding",
    ];

    public static readonly string[] Adjectives =
    [
        "efficient", "scalable", "robust", "sparse", "adaptive", "hierarchical", "contrastive", "self-supervised", "multimodal",
        "lightweight", "interpretable", "causal", "federated", "continual", "zero-shot", "few-shot", "differentiable",
        "probabilistic", "Bayesian", "equivariant", "generalizable", "memory-efficient", "long-context", "multilingual",
        "compositional", "retrieval-augmented", "diffusion-based", "token-level", "curriculum-guided", "uncertainty-aware",
        "physics-informed", "energy-efficient", "training-free", "parameter-efficient", "open-vocabulary", "agentic",
        "data-efficient", "low-rank", "quantized", "temporally dense", "gradient-free", "privacy-preserving", "fair", "calibrated",
        "streaming", "asynchronous", "decentralized", "model-agnostic", "sample-efficient", "unified", "modular", "verifiable",
        "faithful", "end-to-end", "plug-and-play", "lossless", "instruction-tuned", "reasoning-aware", "human-aligned",
    ];

    public static readonly string[] Concepts =
    [
        "the loss landscape", "token-level uncertainty", "long-range dependencies", "the attention sink", "representation collapse",
        "gradient noise", "the implicit bias of gradient descent", "in-context learning", "chain-of-thought reasoning", "the KV cache",
        "spurious correlations", "label noise", "scaling behaviour", "data contamination", "reward sparsity", "temporal consistency",
        "cross-modal alignment", "the curse of dimensionality", "catastrophic interference", "positional encoding", "feature reuse",
        "the Fréchet distance", "test-time compute", "the memory bottleneck", "the exploration–exploitation trade-off",
        "calibration error", "sparsity patterns", "semantic drift", "layer-wise gradients", "prompt sensitivity", "tokenization",
        "distribution shift", "model merging", "synthetic data", "world knowledge", "step-level feedback", "the embedding geometry",
    ];

    public static readonly string[] Issues =
    [
        "catastrophic forgetting", "mode collapse", "reward hacking", "exposure bias", "over-smoothing", "hallucination",
        "overfitting to the base classes", "quadratic memory cost", "high inference latency", "poor calibration",
        "distribution shift", "error accumulation", "shortcut learning", "posterior collapse", "training instability",
        "gradient explosion", "data scarcity", "high annotation cost", "privacy leakage", "slow convergence", "temporal sparsity",
        "limited context length", "brittle tool calls", "benchmark saturation",
    ];

    public static readonly string[] Datasets =
    [
        "ImageNet-1K", "COCO", "SQuAD v2.0", "GSM8K", "MATH", "HumanEval", "MMLU", "CIFAR-10", "CIFAR-100", "SVHN", "DSEC",
        "LibriSpeech", "WMT'14 En–De", "ScanNet", "nuScenes", "KITTI", "ADE20K", "Kinetics-400", "OGB-Arxiv", "QM9", "PubMedQA",
        "BEIR", "MS MARCO", "C4", "the Pile", "ARC-Challenge", "HellaSwag", "GPQA", "SWE-bench Verified", "WebArena", "MTEB",
        "Cityscapes", "LAION-5B", "Natural Questions", "TriviaQA", "ExCyTIn-Bench", "AIME 2024", "LiveCodeBench", "ShapeNet",
    ];

    public static readonly string[] Metrics =
    [
        "accuracy", "F1 score", "BLEU", "mIoU", "top-1 accuracy", "perplexity", "pass@1", "FID", "word error rate", "recall@1",
        "AUROC", "nDCG@10", "exact match", "success rate", "mean average precision", "endpoint error",
    ];

    public static readonly string[] Baselines =
    [
        "GPT-4o", "LLaMA-3-8B", "CLIP", "BERT-base", "ResNet-50", "ViT-B/16", "Stable Diffusion XL", "Mamba", "DPO", "PPO", "LoRA",
        "the strongest prior method", "GPT-5 (High)", "Qwen2.5-7B", "DeepSeek-R1", "T5-XL", "standard fine-tuning", "IHT",
    ];

    public static readonly string[] VerbPhrases =
    [
        "learns a compact latent representation of the input", "dynamically allocates computation across tokens",
        "decouples reasoning from execution", "aligns visual and textual features in a shared space",
        "distills guidance from past experience into a persistent memory", "replaces full attention with a linear-time recurrence",
        "estimates uncertainty with a single forward pass", "prunes redundant experts at inference time",
        "generates synthetic training data on the fly", "enforces temporal consistency across frames",
        "reweights training samples according to their difficulty", "caches intermediate activations to avoid recomputation",
        "searches over prompts with an evolutionary strategy", "maps each input to a distribution rather than a point",
        "combines a retriever and a generator in a single model", "quantizes weights to 4 bits without retraining",
        "composes skills learned in simpler environments", "verifies each reasoning step with a lightweight critic",
        "predicts dense motion fields from asynchronous events", "keeps more historical knowledge through distillation",
    ];

    public static readonly string[] Things =
    [
        "a memory module", "a teacher network", "a lightweight router", "a diffusion prior", "a reward model", "a graph encoder",
        "a discrete codebook", "a set of learnable prompts", "a planning module", "a sparse mixture of experts", "a contrastive objective",
        "a dual-agent architecture", "a spatio-temporal representation", "a frozen backbone", "a calibration head", "a value function",
    ];

    public static readonly string[] Rates = ["$O(1/sqrt{T})$", "$O(n^2)$", "$O(n log n)$", "O(1/T)", "$O(d^{3/2})$", "$O(log T)$"];

    public static readonly string[] Greek = ["α", "β", "γ", "λ", "τ", "ε", "θ", "σ", "μ", "Δ"];

    public static readonly string[] Emoji = ["🤗", "🚀", "🔥", "✨", "🧠"];

    public static readonly string[] Cjk = ["中文推理评测", "多模态理解", "大模型评测", "日本語", "한국어 요약"];

    public static readonly string[] CodeSuffixes = ["", "", "", "", "", "", "-7B", "-R1", "++", "2", "-X", "-Bench", "-VL", "3D"];

    public static readonly string[] GitHubOwners =
    [
        "pearls-lab", "google-research", "huawei-noah", "ML-GSAI", "jpmorganchase", "Optimization-AI", "haoxuanli-pku",
        "MingLiiii", "shivram1987", "kleinzcy", "MalongTech", "ekinakyurek", "facebookresearch", "microsoft", "allenai",
        "THUDM", "OpenGVLab", "salesforce", "nvlabs", "apple", "hkust-nlp", "tsinghua-fib-lab", "stanford-crfm",
    ];

    /// <summary>Organisation handle and display name pairs; a display name may hold spaces and non-ASCII.</summary>
    public static readonly (string Handle, string Name)[] Organizations =
    [
        ("PEARLS-Lab", "PEARLS Lab"), ("KaLM-Embedding", "KaLM-Embedding"), ("facebook", "AI at Meta"), ("google", "Google"),
        ("microsoft", "Microsoft"), ("nvidia", "NVIDIA"), ("allenai", "Ai2"), ("Qwen", "Qwen"), ("deepseek-ai", "DeepSeek"),
        ("openbmb", "OpenBMB"), ("THUDM", "Knowledge Engineering Group (KEG) & Data Mining at Tsinghua University"),
        ("ByteDance-Seed", "ByteDance Seed"), ("mistralai", "Mistral AI_"), ("apple", "Apple"),
        ("HuggingFaceTB", "Hugging Face Smol Models Research"), ("tencent", "Tencent"), ("Salesforce", "Salesforce"),
        ("ibm-granite", "IBM Granite"), ("EleutherAI", "EleutherAI"), ("BAAI", "Beijing Academy of Artificial Intelligence"),
        ("mila-quebec", "Mila — Institut québécois d'IA"), ("lmu-muenchen", "LMU München"), ("OpenGVLab", "OpenGVLab"),
        ("nyu-mll", "NYU Machine Learning for Language"), ("zai-org", "Z.ai"), ("moonshotai", "Moonshot AI"),
    ];

    public static readonly string[] TitleTemplates =
    [
        "<Code>: <Adj> <Method> for <Task>",
        "<Code>: Towards <Adj> <Task> with <Method2>",
        "<Code>: A <Adj> Benchmark for <Task>",
        "<Code>: What Happens in <Method> Layers when Trained for <Task>?",
        "<Code>: Scaling <Adj> <Method> to <Task>",
        "Learning <Adj> <Task> with <Code>",
        "Towards <Adj> <Task>: The <Code> Framework",
        "Beyond <Method2>: <Code> for <Adj> <Task>",
        "Revisiting <Task> with <Code>: <Adj> <Method> and the Role of <Concept>",
        "<Adj> <Method> Are <Adj> Learners: Evidence from <Code>",
        "Why Do <Method> Fail at <Task>? A <Code> Analysis",
        "<Code>: On <Concept> in <Adj> <Task>",
        "<Code>: <Adj> <Task> in the Wild",
        "<Adj> Learning, Not Training: <Code> for <Task>",
        "Is <Concept> All You Need? <Code> for <Task>",
        "<Code>: Temporally Dense <Task> with <Method>",
        "Do <Method> Dream of <Concept>? Probing with <Code>",
        "<Code>: Efficient <Task> via <Adj> <Method> and <Concept>",
        "<Code> (<Adj> <Task>): <Method>, <Method2> and What They Share",
        "Learning to Solve <Task> with <Code>",
        "Unlocking <Concept> in <Method> with <Code>",
        "<Code>: Interpretable Prompt Optimization for <Method>",
    ];

    /// <summary>Rare title shapes with non-ASCII: curly quotes, em dash, Greek, CJK, an emoji.</summary>
    public static readonly string[] RareTitleTemplates =
    [
        "“<Adj> <Method>”: <Code> for <Task>",
        "<Code> — <Adj> <Task> via <Method2>",
        "<Code>: <Greek>-<Adj> <Method> for <Task>",
        "<Code>: <Adj> <Task> for 中文 and Beyond",
        "<Code>: <Adj> <Method> for <Task> <Emoji>",
        "<Code>: Poincaré Embeddings Meet <Adj> <Task>",
        "<Code>: Über-Efficient <Task> with <Method>",
    ];

    public static readonly string[] Openings =
    [
        "<Method> have achieved remarkable success in <task>, yet they still suffer from <issue>.",
        "Recent advances in <method> have enabled impressive progress on <task>.",
        "Despite rapid progress in <task>, existing approaches rely on large amounts of labelled data that are expensive to obtain.",
        "<Task> is a fundamental problem in machine learning with applications ranging from <task2> to <task2>.",
        "Pre-trained <method2> have remarkably adapted to various downstream tasks, including <task>.",
        "Prior works on <task> have investigated several <adj> methods to train <method2>.",
        "Understanding <concept> is central to building <adj> systems for <task>.",
        "<Method> are increasingly deployed for <task>, where <issue> is a major concern.",
    ];

    public static readonly string[] Problems =
    [
        "However, they do not utilize <concept> and rely on <adj> heuristics that scale poorly.",
        "As a result, <metric> degrades significantly under <issue>.",
        "Nonetheless, their performance heavily depends on <concept>, which requires skillful engineering.",
        "Existing methods either ignore <concept> or incur <issue>, limiting their use in practice.",
        "Moreover, most benchmarks for <task> are small and suffer from data contamination.",
        "These methods tend to lead to <issue> and produce models whose behaviour is no longer understandable by humans.",
        "Current approaches treat <concept> as fixed, which leads to <issue> when the data distribution changes.",
    ];

    public static readonly string[] Proposals =
    [
        "In this paper, we propose <Code>, a <adj> framework that <verb>.",
        "We introduce <Code>, a <adj> approach to <task> that <verb>.",
        "To address these limitations, we present <Code>, which combines <method2> with <concept>.",
        "This paper introduces <Code>, a simple but <adj> method for <task>.",
        "We propose <Code>, a <adj> architecture for <task> that <verb>.",
    ];

    public static readonly string[] Details =
    [
        "Specifically, <Code> <verb> and <verb>.",
        "The key idea is to treat <concept> as a latent variable and optimize it jointly with <thing>.",
        "We cast the problem as a <adj> learning task and train <thing> end to end.",
        "Unlike prior work, <Code> does not require access to <thing> at test time.",
        "We further incorporate <thing> to condition on <concept>, which improves robustness to <issue>.",
        "Our analysis reveals that <concept> plays a central role in <task>, and that <adj> variants of <method2> inherit this behaviour.",
        "We formulate this as a <adj> optimization problem and solve it with a <adj> variant of stochastic gradient descent.",
        "Theoretically, we show that <Code> converges at a rate of <rate> under standard assumptions.",
        "The resulting objective is <adj> and can be computed in <rate> time.",
        "In doing so, <Code> <verb>, shifting the locus of adaptation from model parameters to <concept>.",
        "We propose two variants: one focused on performance and another focused on compute efficiency.",
        "This informs <thing>, enabling the system to dynamically adjust its strategy at inference time.",
        "We also study how <concept> interacts with <issue> across <num> model sizes.",
    ];

    public static readonly string[] Results =
    [
        "Extensive experiments on <num> benchmarks, including <dataset>, <dataset> and <dataset>, demonstrate that <Code> outperforms <baseline> by <pct>% in <metric>.",
        "On <dataset>, our method achieves <pct>% <metric>, a <pct>% improvement over the previous state of the art.",
        "<Code> reduces inference cost by <pct>% while using <mult> fewer parameters than <baseline>.",
        "We first train <method2> on <dataset> and demonstrate <mult> faster convergence over existing approaches.",
        "Cross-dataset validation demonstrates generalization: a model trained on <dataset> improves <metric> on <dataset> from <pct>% to <pct>%.",
        "Ablation studies confirm that each component of <Code> contributes to the final performance, with <thing> accounting for most of the gain.",
        "Human evaluation with <num> annotators shows that outputs of <Code> are preferred in <pct>% of cases.",
        "Compared with <baseline>, <Code> achieves comparable <metric> with <pct>% fewer FLOPs.",
        "Evaluated on <dataset>, <Code> achieves <pct>% success with <baseline> as its backbone, outperforming larger models by <pct>%.",
    ];

    /// <summary>LaTeX debris as the page leaves it: stripped backslashes, stray braces, <c>{here}</c>.</summary>
    public static readonly string[] Latex =
    [
        "Given a sequence of gradients {g(1),g(2),ldots,g(J)}, we update the parameters only after round-(t+T), where Tgeq 0 denotes a delay parameter.",
        "We prove top-k consistency (forall kgeq <num>) of the proposed loss {here} and derive a Poincar\\'e-type inequality for its minimizers.",
        "For x in mathbb{R}^d with |x|_2 leq 1, the bound holds with probability at least 1-delta.",
        "The estimator attains the minimax rate $O(n^{-2/5})$ up to log factors, improving on the $O(n^{-1/3})$ rate of prior work.",
        "We use a Poincar\\'e embedding of the label hierarchy, so that the cost is $O(n^2)$ in the worst case and $O(n)$ in practice.",
        "Our guarantees depend on the condition number kappa and hold for all epsilon > 0, as shown {here}.",
        "The regret is bounded by tilde{O}(sqrt{T}) for all Tgeq 1, matching the lower bound up to ldots logarithmic terms.",
    ];

    /// <summary>Sentences with non-ASCII text: accents, Greek, curly quotes, dashes, CJK, emoji.</summary>
    public static readonly string[] NonAscii =
    [
        "With temperature τ = 0.<num> and margin ε, <Code> matches the <metric> of <baseline>.",
        "We evaluate on <dataset> and a new Chinese benchmark (<cjk>), where <Code> improves <metric> by <pct>%.",
        "This behaviour — which we term “<concept>” — emerges early in training.",
        "Our approach builds on the naïve view of <concept> and on Müller’s analysis of <issue>.",
        "Results with α = 0.5 and β = 2 are reported in the appendix; larger λ leads to <issue>.",
        "Following Schrödinger-bridge formulations, we interpolate between <concept> and the data distribution.",
        "Models are available on the Hub <emoji>.",
        "We compare against Fréchet-based scores and the Lévy-flight baseline of Pérez et al.",
    ];

    public static readonly string[] Closings =
    [
        "Code is available at <url>.",
        "Our code and models are publicly available at <url>.",
        "We release our code at <url> to facilitate future research.",
        "The project page is available at <page>.",
        "These findings provide valuable insights into the design of <adj> <method> for <task>.",
        "We hope that <Code> will serve as a strong baseline for future work on <task>.",
        "This demonstrates the potential of <adj> <method> for real-world <task>.",
    ];

    /// <summary>Author given names for Hub JSON items, some with non-ASCII letters and apostrophes.</summary>
    public static readonly string[] GivenNames =
    [
        "Wei", "Yuki", "Anna", "José", "Chloé", "Søren", "Li", "Priya", "Omar", "Zoë", "Jürgen", "Aisha", "Mateusz", "Ngozi",
        "Hao", "Sofía", "Ivan", "Mei", "D'Andre", "Björn", "Kenji", "Fatima", "Ólafur", "Xin", "Lucas", "Amélie", "Ravi",
    ];

    /// <summary>Author family names for Hub JSON items.</summary>
    public static readonly string[] FamilyNames =
    [
        "Zhang", "Tanaka", "Müller", "García", "O'Brien", "Nguyen", "Kowalski", "Okafor", "Chen", "Dubois", "Sørensen", "Ivanova",
        "Rossi", "Kim", "Patel", "Haddad", "Liu", "Schröder", "Núñez", "Wang", "de la Cruz", "van der Berg", "Li", "Smith",
    ];
}
