package dev.suitcase.vectors.families.suit;

import dev.suitcase.testkeys.SeededRandom;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.vectors.suit.SuitLabels.Parameter;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.ArrayList;
import java.util.List;

import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE;
import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Addressing components (draft-ietf-suit-manifest-37 §6.5, §6.7, §8.4.4, §8.4.8.8, §8.4.9.4): Set
 * Component Index with an integer, True and an array; the component slot parameter and condition;
 * the strict-order rule for a component that is both target and source; the component identifiers
 * suit-text may describe.
 *
 * <p>The multi-component manifests check the device's identity on every component, then select some
 * components and check with image-match that they hold the 256-byte image: the result then shows
 * which components a processor's selection really covered.
 */
final class SuitComponentCases {
    /** Another 256-byte image, which the selected components must not be mistaken for. */
    private static final Bytes OTHER_IMAGE = otherImage();
    private static final Bytes STAGING = Bytes.fromHex("01");
    private static final Bytes THIRD = Bytes.fromHex("02");
    private static final String STRICT_ORDER_RULE = "draft-ietf-suit-manifest-37 §6.7: \"A Component MUST NOT be both a"
            + " target of an operation and a source of data ... in a Command Sequence where Strict Order is False\", a"
            + " rule for the manifest's author; the processor \"MUST issue an Abort if it detects this exception\", and a"
            + " serial processor, which runs every command in order, need not detect it";
    private static final String SET_INDEX_FIRST_RULE = "draft-ietf-suit-manifest-37 §6.2: \"If the manifest contains"
            + " more than one component, each command sequence MUST begin with a Set Component Index\", a rule on what"
            + " the author writes; the draft does not tell a recipient to refuse a sequence that does not";
    private static final String LANGUAGE_TAG_RULE = "draft-ietf-suit-manifest-37 §8.4.4: SUIT_Text_Map is keyed by"
            + " language tags (tag38-ltag, a text string), a rule on what the author writes; suit-text is OPTIONAL to"
            + " implement and not interpreted, and no recipient is told to check it";
    private static final String TEXT_RULE = "draft-ietf-suit-manifest-37 §8.4.4: \"All SUIT_Component_Identifiers present"
            + " in suit-text MUST also be present in suit-common\", a rule for the manifest's author; suit-text is"
            + " OPTIONAL to implement and no recipient is told to check it";

    private static Bytes otherImage() {
        byte[] image = new byte[IMAGE.length()];
        new SeededRandom("suitcase suit-layer other image").nextBytes(image);
        return Bytes.of(image);
    }

    /** Component identifiers [h'00'], [h'01'], [h'02'], as many as {@code count}. */
    private static List<List<Bytes>> identifiers(int count) {
        return List.of(List.of(SuitFixture.COMPONENT), List.of(STAGING), List.of(THIRD)).subList(0, count);
    }

    /** The baseline device with components [h'00'], [h'01'], ... holding {@code images} in that order. */
    private static Device deviceHolding(Bytes... images) {
        List<Component> components = new ArrayList<>();
        List<List<Bytes>> ids = identifiers(images.length);
        for (int i = 0; i < images.length; i++) {
            components.add(Component.of(ids.get(i).get(0)).withImage(images[i]));
        }
        return SuitFixture.device().withComponents(components);
    }

    /** Every component: vendor and class set and checked (§6.2: a multi-component sequence begins with Set Component Index). */
    private static CommandSequence identityOfAll() {
        return CommandSequence.empty().setComponentIndexAll()
                .override(Parameters.none().vendorId(SuitFixture.VENDOR_ID).classId(SuitFixture.CLASS_ID))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
    }

    /**
     * A manifest over {@code count} components whose shared sequence checks the identity on all of them,
     * runs {@code select}, sets the image digest and size of {@link SuitFixture#IMAGE} for the selection
     * and checks image-match there.
     */
    private static Manifest imageMatchOn(int count, CommandSequence select) {
        CommandSequence shared = identityOfAll().append(select)
                .override(Parameters.none().imageDigest(SuitDigest.sha256(IMAGE)).imageSize(IMAGE.length()))
                .condition(Command.IMAGE_MATCH);
        return Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER, Common.of(identifiers(count)).withSharedSequence(shared));
    }

    // ---------------------------------------------------------------- Set Component Index (§6.5)

    @Case(id = "suit.*.component-index.integer-selects-second", sweep = Sweep.SUIT,
            title = "{alg} manifest selecting component 1 of two by integer index; component 1 holds the image",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.5-index-integer", "SUITM-8.5-required-directives", "SUITM-6.2-set-index-first"},
            flags = {"Valid", "MultiComponent", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} for components [h'00'] and [h'01']. Its shared sequence selects
                    both (index True), sets and checks vendor and class, then set-component-index 1, sets the
                    digest and size of the 256-byte image and checks image-match. The device's component [h'01']
                    holds that image; [h'00'] holds another one.

                    An integer index selects exactly that component, so only [h'01'] is checked: a processor must
                    accept. One that ignores the index and stays on component 0 checks the wrong image and refuses a
                    valid update. A processor that supports a single component only should answer unsupported.""")
    BuiltCase integerSelectsSecond(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = imageMatchOn(2, CommandSequence.empty().setComponentIndex(1));
        return accepted(f.input(f.signed(manifest), deviceHolding(OTHER_IMAGE, IMAGE), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.integer-selected-differs", sweep = Sweep.SUIT,
            title = "{alg} manifest checking component 1 by integer index; only component 0 holds the image",
            severity = Severity.HIGH,
            requirements = {"SUITM-6.5-index-integer", "SUITM-8.5-required-directives", "SUITM-8.4.9.2-image-match"},
            flags = {"MultiComponent", "ComponentIndex"},
            description = """
                    The same two-component manifest signed with {alg} (set-component-index 1, then image-match
                    against the 256-byte image), on a device whose component [h'00'] holds that image and whose
                    component [h'01'] holds another.

                    Image-match runs on component [h'01'] and fails: a processor must reject. One that ignores
                    Set Component Index checks component 0 instead and accepts, so every later directive would
                    act on a component other than the one the author named: the wrong image verified, written or
                    booted.""")
    BuiltCase integerSelectedDiffers(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = imageMatchOn(2, CommandSequence.empty().setComponentIndex(1));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), deviceHolding(IMAGE, OTHER_IMAGE),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.true-all-hold", sweep = Sweep.SUIT,
            title = "{alg} manifest checking both of two components through component index True; both match",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.5-index-true"},
            flags = {"Valid", "MultiComponent", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} for components [h'00'] and [h'01'] whose shared sequence, with the
                    component index True, sets the digest and size of the 256-byte image and checks image-match.
                    Both components of the device hold that image.

                    True applies each following command to every component in list order (§6.5), and a recipient
                    supporting two or more components must support it: a processor must accept. A processor that
                    supports a single component only should answer unsupported.""")
    BuiltCase trueAllHold(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = imageMatchOn(2, CommandSequence.empty().setComponentIndexAll());
        return accepted(f.input(f.signed(manifest), deviceHolding(IMAGE, IMAGE), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.true-second-differs", sweep = Sweep.SUIT,
            title = "{alg} manifest checking both components through component index True; the second differs",
            severity = Severity.HIGH,
            requirements = {"SUITM-6.5-index-true", "SUITM-8.4.9.2-image-match"},
            flags = {"MultiComponent", "ComponentIndex"},
            description = """
                    The same manifest signed with {alg} (component index True, then image-match against the 256-byte
                    image), on a device whose component [h'00'] holds the image and whose component [h'01'] holds
                    another one.

                    With True the condition runs on [h'00'] and then on [h'01'], where it fails: a processor must
                    reject. One that reads True as "the first component" or as index 1 skips a component the
                    author asked to verify, and validates, installs or boots it unchecked.""")
    BuiltCase trueSecondDiffers(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = imageMatchOn(2, CommandSequence.empty().setComponentIndexAll());
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), deviceHolding(IMAGE, OTHER_IMAGE),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.array-selected-hold", sweep = Sweep.SUIT,
            title = "{alg} manifest checking components [0, 2] of three by index array; those two match",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.5-index-array"},
            flags = {"Valid", "MultiComponent", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} for components [h'00'], [h'01'] and [h'02'] whose shared sequence
                    selects the components [0, 2], sets the digest and size of the 256-byte image and checks
                    image-match. Components [h'00'] and [h'02'] hold that image; [h'01'] holds another.

                    An array applies each following command to the listed components only (§6.5), and a recipient
                    supporting three or more components must support it: a processor must accept. One that treats
                    the array as True also checks [h'01'] and refuses a valid update. A processor supporting fewer
                    than three components should answer unsupported.""")
    BuiltCase arraySelectedHold(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = imageMatchOn(3, CommandSequence.empty().setComponentIndices(0, 2));
        return accepted(f.input(f.signed(manifest), deviceHolding(IMAGE, OTHER_IMAGE, IMAGE), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.array-last-differs", sweep = Sweep.SUIT,
            title = "{alg} manifest checking components [0, 2] of three by index array; component 2 differs",
            severity = Severity.HIGH,
            requirements = {"SUITM-6.5-index-array", "SUITM-8.4.9.2-image-match"},
            flags = {"MultiComponent", "ComponentIndex"},
            description = """
                    The three-component manifest signed with {alg} (index array [0, 2], then image-match against the
                    256-byte image), on a device whose components [h'00'] and [h'01'] hold the image and whose
                    component [h'02'] holds another one.

                    The condition runs on [h'00'] and then on [h'02'], where it fails: a processor must reject. One
                    that uses only the first index of the array, or mistakes the array for a single index, leaves
                    [h'02'] unverified.""")
    BuiltCase arrayLastDiffers(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = imageMatchOn(3, CommandSequence.empty().setComponentIndices(0, 2));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), deviceHolding(IMAGE, IMAGE, OTHER_IMAGE),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.not-first", sweep = Sweep.SUIT,
            title = "{alg} manifest for two components whose shared sequence does not begin with Set Component Index",
            severity = Severity.LOW,
            requirements = {"SUITM-6.2-set-index-first"},
            flags = {"MultiComponent", "ComponentIndex"},
            description = """
                    A manifest signed with {alg} for components [h'00'] and [h'01'], both on the device, whose shared
                    sequence is the baseline's: set vendor, class, image digest and size, check vendor and class,
                    with no Set Component Index before them.

                    With more than one component, each command sequence MUST begin with Set Component Index (§6.2),
                    a rule for the manifest's author: which component the first commands address is otherwise
                    left to the processor. The suite recommends rejecting; a processor that starts at component 0
                    runs the checks there and is not bound otherwise, so accepting is advisory.""")
    BuiltCase indexNotFirst(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER,
                Common.of(identifiers(2)).withSharedSequence(SuitFixture.shared()));
        return SuitFixture.rejectedForProducerRule(Reason.POLICY, SET_INDEX_FIRST_RULE,
                f.input(f.signed(manifest), emptyTwoComponentDevice(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.byte-string", sweep = Sweep.SUIT,
            title = "{alg} manifest whose Set Component Index argument is the byte string h'00'",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.6-directives", "SUITM-8.4.6-command-arguments", "SUITM-6.5-index-integer"},
            flags = {"ComponentIndex", "WrongType"},
            robustness = """
                    A byte string is neither an index, True nor a list of indices: it selects no component, so no
                    processor can execute the directive and go on.""",
            description = """
                    The baseline manifest signed with {alg}, whose shared sequence begins with
                    suit-directive-set-component-index (12) taking the byte string h'00' instead of the uint 0.

                    Set Component Index takes a uint, True or an array of uints (§6.5); a directive the processor
                    cannot execute fails (§8.4.6), and the manifest must be rejected. One that reads the argument's
                    bytes as an index addresses whatever its decoder makes of them.""")
    BuiltCase indexByteString(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = CommandSequence.empty()
                .command(Command.SET_COMPONENT_INDEX, CborValue.bytes(SuitFixture.COMPONENT).toBytes())
                .append(SuitFixture.shared());
        return rejected(Reason.BAD_STRUCTURE, f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.component-index.out-of-range", sweep = Sweep.SUIT,
            title = "{alg} manifest for one component selecting component index 1",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.6-directives", "SUITM-6.5-index-integer"},
            flags = {"ComponentIndex", "OutOfRange"},
            robustness = """
                    Index 1 names no component of a one-component list: there is nothing to select, and a
                    processor that reads past its component table has no parameters there, so none can go on.""",
            description = """
                    The baseline manifest signed with {alg}, for the one component [h'00'], whose shared sequence,
                    after the vendor and class checks, sets the component index to 1 and checks the class again.

                    An index is into the manifest's component list (§6.5), which has one entry: the directive
                    cannot be executed and a processor must reject. One that does not check the index reads and
                    writes parameters past the end of its component table.""")
    BuiltCase indexOutOfRange(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = SuitFixture.shared().setComponentIndex(1).condition(Command.CLASS_IDENTIFIER);
        return rejected(Reason.UNSUPPORTED_COMMAND, f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(),
                Scope.APPLICABILITY));
    }

    // ---------------------------------------------------------------- component slot (§8.4.8.8, §8.4.9.4)

    /** The baseline shared sequence followed by component-slot {@code slot} and the component slot condition. */
    private static Manifest slotIs(CborValue slot) {
        return SuitFixture.manifest(SuitFixture.shared()
                .override(Parameters.none().set(Parameter.COMPONENT_SLOT, slot))
                .condition(Command.COMPONENT_SLOT));
    }

    /** The baseline device, its component [h'00'] in slot 0. */
    private static Device deviceInSlotZero() {
        return SuitFixture.device().withComponents(List.of(Component.of(SuitFixture.COMPONENT).withSlot(0)));
    }

    @Case(id = "suit.*.slot.condition-holds", sweep = Sweep.SUIT,
            title = "{alg} manifest checking component slot 0 on a component in slot 0",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.9.4-component-slot", "SUITM-8.4.8.8-slot"},
            flags = {"Valid", "OptionalFeature", "ComponentSlot"},
            description = """
                    A manifest signed with {alg} whose shared sequence, after the vendor and class checks, sets
                    component-slot 0 and checks the component slot condition; the device's component [h'00'] is in
                    slot 0.

                    The condition holds, so a processor must accept. Component Slot is OPTIONAL (§8.5); a processor
                    without it should answer unsupported. A/B manifests (Appendix B example 3) choose the image for
                    the slot the component occupies with exactly this condition.""")
    BuiltCase slotConditionHolds(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(slotIs(CborValue.integer(0))), deviceInSlotZero(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.slot.condition-other-slot", sweep = Sweep.SUIT,
            title = "{alg} manifest checking component slot 1 on a component in slot 0",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.4-component-slot", "SUITM-8.4.9-condition-terminates"},
            flags = {"ComponentSlot"},
            description = """
                    A manifest signed with {alg} whose shared sequence sets component-slot 1 and checks the
                    component slot condition; the device's component [h'00'] is in slot 0.

                    The component is not in the slot the parameter names, so the condition fails and, outside
                    try-each, processing ends: a processor must reject. One that treats the condition as always
                    true applies an image linked for slot 1 to slot 0: in an A/B scheme it overwrites the image the
                    device is running, or installs code that cannot run at that address.""")
    BuiltCase slotConditionOtherSlot(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(slotIs(CborValue.integer(1))), deviceInSlotZero(),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.slot.parameter-negative", sweep = Sweep.SUIT,
            title = "{alg} manifest setting component-slot to the negative integer -1",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.8.8-slot", "SUITM-8.4.9.4-component-slot"},
            flags = {"ComponentSlot", "WrongType"},
            robustness = """
                    A processor that does not refuse the negative slot still finds the component, in slot 0, not
                    in slot -1 (nor in 2^64 - 1, read unsigned): the condition fails, so none can go on to
                    accept.""",
            description = """
                    A manifest signed with {alg} whose shared sequence sets component-slot to -1 (a CBOR negative
                    integer, 0x20) and checks the component slot condition; the device's component is in slot 0.

                    The slot is an index into the component's storage and MUST be encoded as a positive integer, a
                    uint (§8.4.8.8): the parameter is malformed and a processor must reject the manifest. One that
                    reads -1 into an unsigned slot number (0xffffffff) or as a signed offset addresses storage
                    outside the component.""")
    BuiltCase slotParameterNegative(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.BAD_STRUCTURE, f.input(f.signed(slotIs(CborValue.integer(-1))), deviceInSlotZero(),
                Scope.APPLICABILITY));
    }

    // ---------------------------------------------------------------- strict order (§6.7)

    /**
     * A two-component manifest ([h'00'] the application, [h'01'] a staging area) whose install sequence
     * sets strict-order to {@code strictOrder}, fetches the image into the staging area, copies it from
     * there into the application component and checks it there.
     */
    private static Manifest fetchThenCopy(boolean strictOrder) {
        CommandSequence install = CommandSequence.empty()
                .setComponentIndex(1)
                .override(Parameters.none().strictOrder(strictOrder).uri(SuitFixture.IMAGE_URI))
                .directive(Command.FETCH)
                .setComponentIndex(0)
                .override(Parameters.none().imageDigest(SuitDigest.sha256(IMAGE)).imageSize(IMAGE.length())
                        .sourceComponent(1))
                .directive(Command.COPY)
                .condition(Command.IMAGE_MATCH);
        return Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER, Common.of(identifiers(2)).withSharedSequence(identityOfAll()))
                .withSequence(ManifestKey.INSTALL, install);
    }

    private static Device emptyTwoComponentDevice() {
        return SuitFixture.device().withComponents(List.of(Component.of(SuitFixture.COMPONENT), Component.of(STAGING)));
    }

    @Case(id = "suit.*.strict-order.fetch-then-copy-in-order", sweep = Sweep.SUIT,
            title = "{alg} manifest fetching into a staging component, then copying it, under strict order",
            severity = Severity.LOW,
            requirements = {"SUITM-6.7-source-and-target", "SUITM-6.5-index-integer"},
            flags = {"Valid", "MultiComponent", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} for components [h'00'] and [h'01']: its install sequence selects
                    [h'01'], sets strict-order true and the URI, fetches the image there, then selects [h'00'], sets
                    source-component 1 with the image digest and size, copies and checks image-match.

                    With strict order every command completes before the next starts, so reading [h'01'] after
                    writing it is fine: a processor must accept. Copy is OPTIONAL (§8.5); a processor without it,
                    or with a single component, should answer unsupported.""")
    BuiltCase fetchThenCopyInOrder(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(fetchThenCopy(true)), emptyTwoComponentDevice(), Scope.INSTALL));
    }

    @Case(id = "suit.*.strict-order.fetch-then-copy-unordered", sweep = Sweep.SUIT,
            title = "{alg} manifest writing a staging component and copying from it, with strict-order false",
            severity = Severity.LOW,
            requirements = {"SUITM-6.7-source-and-target"},
            flags = {"MultiComponent", "StrictOrder"},
            description = """
                    The fetch-then-copy manifest signed with {alg}, except that the install sequence sets
                    strict-order to false: component [h'01'] is the target of the Fetch and the source of data of
                    the Copy in one sequence whose commands may run in parallel or out of order.

                    A component MUST NOT be both the target of an operation and a source of data where Strict Order
                    is False (§6.7), a rule for the manifest's author; the processor MUST Abort "if it detects" it.
                    A parallel processor that goes ahead may copy the staging area before the download has finished,
                    and install a partial image. A serial processor, which runs every command in order, need not
                    detect it and installs the image correctly: the suite recommends rejecting, since accepting
                    hides an authoring error that breaks on parallel devices, but accepting is advisory.""")
    BuiltCase fetchThenCopyUnordered(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return SuitFixture.rejectedForProducerRule(Reason.POLICY, STRICT_ORDER_RULE,
                f.input(f.signed(fetchThenCopy(false)), emptyTwoComponentDevice(), Scope.INSTALL));
    }

    // ---------------------------------------------------------------- suit-text (§8.4.4)

    /** The baseline manifest with an inline suit-text in "en-US" describing {@code component}. */
    private static Manifest describing(Bytes component) {
        return describing(CborValue.text("en-US"), component);
    }

    /** The baseline manifest with an inline suit-text whose one entry, keyed by {@code language}, describes {@code component}. */
    private static Manifest describing(CborValue language, Bytes component) {
        CborValue texts = CborValue.map()
                .put(1, CborValue.text("suitcase"))
                .put(5, CborValue.text("application firmware"))
                .build();
        CborValue lmap = CborValue.map()
                .put(1, CborValue.text("suitcase test manifest"))
                .put(CborValue.array(CborValue.bytes(component)), texts)
                .build();
        CborValue text = CborValue.map().put(language, lmap).build();
        return SuitFixture.baseline().withMember(ManifestKey.TEXT, CborValue.wrapped(text));
    }

    @Case(id = "suit.*.text.component-listed", sweep = Sweep.SUIT,
            title = "{alg} manifest whose suit-text describes its one component [h'00']",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.4-text-components"},
            flags = {"Valid", "SuitText"},
            description = """
                    The baseline manifest signed with {alg}, with an inline suit-text: for language "en-US", a
                    manifest description and, under component identifier [h'00'], a vendor name and a component
                    description. suit-common lists [h'00'].

                    A processor must accept it. suit-text is for people; a processor that chokes on text keyed by
                    component identifiers refuses valid manifests.""")
    BuiltCase textComponentListed(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(describing(SuitFixture.COMPONENT)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.text.component-not-listed", sweep = Sweep.SUIT,
            title = "{alg} manifest whose suit-text describes a component [h'01'] that suit-common does not list",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.4-text-components"},
            flags = {"SuitText"},
            description = """
                    The baseline manifest signed with {alg}, with an inline suit-text whose "en-US" map describes
                    component [h'01']; suit-common lists only [h'00'].

                    All SUIT_Component_Identifiers used in suit-text MUST also be present in suit-common (§8.4.4), a
                    rule for the manifest's author: the manifest is invalid, and the suite recommends rejecting it,
                    since accepting shows an operator or user a description of a component the update does not
                    touch. suit-text is OPTIONAL to implement and text is not interpreted, so accepting is
                    advisory.""")
    BuiltCase textComponentNotListed(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return SuitFixture.rejectedForProducerRule(Reason.POLICY, TEXT_RULE,
                f.input(f.signed(describing(STAGING)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.text.language-integer", sweep = Sweep.SUIT,
            title = "{alg} manifest whose suit-text is keyed by the integer 1 instead of a language tag",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4-member-types"},
            flags = {"SuitText", "WrongType"},
            description = """
                    The baseline manifest signed with {alg}, with an inline suit-text whose one entry is keyed by the
                    integer 1 where a language tag such as "en-US" belongs; the entry describes component [h'00'],
                    which suit-common lists.

                    SUIT_Text_Map is keyed by language tags, text strings (§8.4.4), a rule on what the author
                    writes: the reference processor rejects the text as malformed, and the suite recommends it.
                    suit-text is OPTIONAL to implement and is not interpreted, so a processor that skips entries it
                    cannot read is not bound otherwise, and accepting is advisory.""")
    BuiltCase textLanguageInteger(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, LANGUAGE_TAG_RULE, f.input(
                f.signed(describing(CborValue.integer(1), SuitFixture.COMPONENT)), SuitFixture.device(), Scope.APPLICABILITY));
    }
}
