//! The glue's processing of SUIT command sequences on the vector's device: the part of a manifest
//! processor suit_validator leaves to its integrator (it decodes commands; it holds no device state
//! and runs nothing).
//!
//! Each sequence is decoded and dispatched by suit_validator (`decode_and_dispatch`) to the handlers
//! below, which receive the library's decoded `SuitCondition`, `SuitDirective`, `SuitSharedCommand`
//! and `SuitParameters` values. The library dispatches all conditions of a sequence first, then all
//! directives, then all custom commands, which loses the order the commands run in
//! (draft-ietf-suit-manifest §6.4: a command sequence runs in order); the glue restores it from where
//! each command's argument lies in the sequence (`PairView::bytes`). Commands the library does not
//! dispatch at all (a code it does not know) are never seen here.
//!
//! Then the glue runs the commands as draft-ietf-suit-manifest §6.4 and §8.4 describe them, over a
//! device state made of the vector's device (vendor, class and device ids, components with their
//! images and slots, the payloads it can fetch) and the envelope's integrated payloads:
//! - set-component-index, override-parameters (per component), try-each (each alternative on the
//!   state before it, soft-failure on), run-sequence (a condition failure under soft-failure ends it
//!   without error);
//! - the conditions: vendor, class and device identifier against the device, component slot, image
//!   match (through suit_validator's `SuitDigest::suit_verify_digest` for an image held as bytes),
//!   check content, abort;
//! - the directives that change the state: write, fetch, copy, swap; invoke needs an image;
//! - a custom command is unknown to this processor (`UNSUPPORTED_COMMAND`).
//!
//! A procedure starts with its parameters unset and component 0 selected (the reference's
//! procedures: applicability runs the shared sequence; install the shared sequence, payload-fetch,
//! install and validate; boot then the shared sequence, validate, load and invoke).

use suit_validator::handler::{PairView, SuitCommandHandler, SuitSharedSequenceHandler};
use suit_validator::suit_manifest::{
    BstrSuitCommandSequence, BstrSuitDigest, BstrSuitSharedSequence, CommandCustomValue, HashAlg, IndexArg,
    SuitCondition, SuitDirective, SuitParameters, SuitSharedCommand,
};
use suit_validator::SuitError;

use crate::outcome::{Outcome, Reason, Verdict};
use crate::request::{Device, Image};
use crate::suit_layer::library_rejection;

/// How deep run-sequence and try-each may nest before the glue stops: a guard of its own against
/// exhausting the stack, far above what a manifest needs.
const MAX_DEPTH: usize = 64;

/// A command sequence as the bstr-wrapped bytes the manifest holds: the shared sequence (and what it
/// runs), or any other command sequence.
#[derive(Clone, Debug)]
pub enum Sequence {
    Shared(Vec<u8>),
    Commands(Vec<u8>),
}

#[derive(Clone, Copy, Debug)]
enum Condition {
    Vendor,
    Class,
    Device,
    ImageMatch,
    Slot,
    CheckContent,
    Abort,
}

#[derive(Debug)]
enum Index {
    One(u64),
    All,
    Some(Vec<u64>),
}

/// One decoded command, owned so that it outlives the library's dispatch.
#[derive(Debug)]
enum Command {
    Condition(Condition),
    SetIndex(Index),
    Override(Params),
    TryEach(Vec<Sequence>),
    RunSequence(Sequence),
    Write,
    Fetch,
    Copy,
    Swap,
    Invoke,
    Custom(i64),
}

/// The parameters of one component (§8.4.8), as suit_validator decodes them.
#[derive(Clone, Debug, Default)]
struct Params {
    vendor: Option<Vec<u8>>,
    class: Option<Vec<u8>>,
    device: Option<Vec<u8>>,
    /// the bstr-wrapped SUIT_Digest, decoded again by the library when a condition needs it
    image_digest: Option<Vec<u8>>,
    image_size: Option<u64>,
    slot: Option<u64>,
    soft_failure: Option<bool>,
    content: Option<Vec<u8>>,
    uri: Option<String>,
    source: Option<u64>,
}

impl Params {
    fn of(parameters: &SuitParameters<'_>) -> Params {
        Params {
            vendor: parameters.vendor_identifier.map(<[u8]>::to_vec),
            class: parameters.class_identifier.map(|id| id.to_vec()),
            device: parameters.device_identifier.map(|id| id.to_vec()),
            image_digest: parameters.image_digest.as_ref().map(|digest| digest.raw_bytes().to_vec()),
            image_size: parameters.image_size,
            slot: parameters.component_slot,
            soft_failure: parameters.soft_failure,
            content: parameters.content.map(<[u8]>::to_vec),
            uri: parameters.uri.map(str::to_owned),
            source: parameters.source_component,
        }
    }

    /// override-parameters: each value given replaces the one held.
    fn apply(&mut self, other: &Params) {
        macro_rules! take { ($($field:ident),*) => { $(if other.$field.is_some() { self.$field = other.$field.clone(); })* } }
        take!(vendor, class, device, image_digest, image_size, slot, soft_failure, content, uri, source);
    }
}

/// Collects the commands suit_validator dispatches, with where each one's argument lies.
#[derive(Default)]
struct Collector {
    commands: Vec<(usize, Command)>,
}

fn position(bytes: &[u8]) -> usize {
    bytes.as_ptr() as usize
}

fn condition_of(condition: &SuitCondition) -> Condition {
    match condition {
        SuitCondition::VendorIdentifier(_) => Condition::Vendor,
        SuitCondition::ClassIdentifier(_) => Condition::Class,
        SuitCondition::DeviceIdentifier(_) => Condition::Device,
        SuitCondition::ImageMatch(_) => Condition::ImageMatch,
        SuitCondition::ComponentSlot(_) => Condition::Slot,
        SuitCondition::CheckContent(_) => Condition::CheckContent,
        SuitCondition::Abort(_) => Condition::Abort,
    }
}

fn index_of(index: &IndexArg<'_>) -> Result<Index, SuitError> {
    Ok(match index {
        IndexArg::Single(one) => Index::One(*one),
        IndexArg::True(_) => Index::All,
        IndexArg::Multiple(list) => Index::Some(list.get()?.collect::<Result<_, _>>()?),
    })
}

impl Collector {
    fn conditions<'a>(&mut self, conditions: impl Iterator<Item = PairView<'a, SuitCondition>>) -> Result<(), SuitError> {
        for pair in conditions {
            let condition = condition_of(&pair.get()?);
            self.commands.push((position(pair.bytes()), Command::Condition(condition)));
        }
        Ok(())
    }

    fn sorted(mut self) -> Vec<Command> {
        self.commands.sort_by_key(|(at, _)| *at);
        self.commands.into_iter().map(|(_, command)| command).collect()
    }
}

impl SuitCommandHandler for Collector {
    fn on_conditions<'a>(&mut self, conditions: impl Iterator<Item = PairView<'a, SuitCondition>>) -> Result<(), SuitError> {
        self.conditions(conditions)
    }

    fn on_directives<'a>(&mut self, directives: impl Iterator<Item = PairView<'a, SuitDirective<'a>>>) -> Result<(), SuitError> {
        for pair in directives {
            let command = match pair.get()? {
                SuitDirective::Write(_) => Command::Write,
                SuitDirective::SetComponentIndex(index) => Command::SetIndex(index_of(&index)?),
                SuitDirective::RunSequence(sequence) => Command::RunSequence(Sequence::Commands(sequence.raw_bytes().to_vec())),
                SuitDirective::TryEach(alternatives) => Command::TryEach(
                    alternatives.0.get()?.map(|alternative| alternative.map(|sequence| Sequence::Commands(sequence.raw_bytes().to_vec()))).collect::<Result<_, _>>()?,
                ),
                SuitDirective::OverrideParameters(parameters) => Command::Override(Params::of(&parameters)),
                SuitDirective::Fetch(_) => Command::Fetch,
                SuitDirective::Copy(_) => Command::Copy,
                SuitDirective::Swap(_) => Command::Swap,
                SuitDirective::Invoke(_) => Command::Invoke,
            };
            self.commands.push((position(pair.bytes()), command));
        }
        Ok(())
    }

    fn on_customs<'a>(&mut self, customs: impl Iterator<Item = PairView<'a, CommandCustomValue<'a>>>) -> Result<(), SuitError> {
        for pair in customs {
            pair.get()?;
            self.commands.push((position(pair.bytes()), Command::Custom(pair.op())));
        }
        Ok(())
    }
}

impl SuitSharedSequenceHandler for Collector {
    fn on_conditions<'a>(&mut self, conditions: impl Iterator<Item = PairView<'a, SuitCondition>>) -> Result<(), SuitError> {
        self.conditions(conditions)
    }

    fn on_commands<'a>(&mut self, commands: impl Iterator<Item = PairView<'a, SuitSharedCommand<'a>>>) -> Result<(), SuitError> {
        for pair in commands {
            let command = match pair.get()? {
                SuitSharedCommand::SetComponentIndex(index) => Command::SetIndex(index_of(&index)?),
                SuitSharedCommand::RunSequence(sequence) => Command::RunSequence(Sequence::Shared(sequence.raw_bytes().to_vec())),
                SuitSharedCommand::TryEach(alternatives) => Command::TryEach(match alternatives.sequences {
                    None => Vec::new(),
                    Some(list) => list.get()?.map(|alternative| alternative.map(|sequence| Sequence::Shared(sequence.raw_bytes().to_vec()))).collect::<Result<_, _>>()?,
                }),
                SuitSharedCommand::OverrideParameters(parameters) => Command::Override(Params::of(&parameters)),
            };
            self.commands.push((position(pair.bytes()), command));
        }
        Ok(())
    }
}

/// The commands of `sequence`, in order, as suit_validator decodes them.
fn commands_of(sequence: &Sequence) -> Verdict<Vec<Command>> {
    let mut collector = Collector::default();
    let decoded = match sequence {
        Sequence::Commands(raw) => minicbor::decode::<BstrSuitCommandSequence<'_>>(raw)
            .map_err(SuitError::from)
            .and_then(|wrapped| Ok(wrapped.get()?))
            .and_then(|commands| commands.decode_and_dispatch(&mut collector)),
        Sequence::Shared(raw) => minicbor::decode::<BstrSuitSharedSequence<'_>>(raw)
            .map_err(SuitError::from)
            .and_then(|wrapped| Ok(wrapped.get()?))
            .and_then(|commands| commands.decode_and_dispatch(&mut collector)),
    };
    decoded.map_err(|error| library_rejection("suit_validator decode_and_dispatch", &error))?;
    Ok(collector.sorted())
}

fn condition_failed(detail: String) -> Outcome {
    Outcome::reject(Reason::ConditionFailed, detail)
}

fn is_condition_failure(outcome: &Outcome) -> bool {
    matches!(outcome, Outcome::Reject(Some(Reason::ConditionFailed), _))
}

/// The device state one procedure runs on, with the manifest's components mapped onto the device's.
pub struct Machine<'d> {
    device: &'d Device,
    /// for each manifest component, the device component it is
    slots: Vec<usize>,
    /// the image each manifest component holds now
    images: Vec<Option<Image>>,
    params: Vec<Params>,
    current: Vec<usize>,
    integrated: Vec<(String, Vec<u8>)>,
    depth: usize,
}

#[derive(Clone)]
struct Snapshot {
    images: Vec<Option<Image>>,
    params: Vec<Params>,
    current: Vec<usize>,
}

impl<'d> Machine<'d> {
    /// Maps the manifest's components onto the device's: no more than it has (draft §6.2), each one
    /// it has (§6.1, "Unsupported Component Identifier").
    pub fn new(device: &'d Device, components: &[Vec<Vec<u8>>], integrated: Vec<(String, Vec<u8>)>) -> Verdict<Machine<'d>> {
        if components.len() > device.components.len() {
            return Err(Outcome::reject(Reason::Policy, format!(
                "the manifest lists {} components, the device has {} (draft-ietf-suit-manifest §6.2)", components.len(), device.components.len())));
        }
        let slots = components
            .iter()
            .map(|id| {
                device.components.iter().position(|component| &component.id == id).ok_or_else(|| {
                    Outcome::reject(Reason::UnsupportedCommand, format!(
                        "the device has no component {} (draft-ietf-suit-manifest §6.1)",
                        id.iter().map(hex::encode).collect::<Vec<_>>().join("/")))
                })
            })
            .collect::<Verdict<Vec<_>>>()?;
        Ok(Machine {
            device,
            images: slots.iter().map(|&slot| device.components[slot].image.clone()).collect(),
            params: vec![Params::default(); slots.len()],
            current: Vec::new(),
            slots,
            integrated,
            depth: 0,
        })
    }

    /// Runs the sequences of one procedure, in order, from unset parameters and component 0.
    pub fn run_procedure(&mut self, sequences: &[Option<Sequence>]) -> Verdict<()> {
        self.params = vec![Params::default(); self.slots.len()];
        self.current = if self.slots.is_empty() { Vec::new() } else { vec![0] };
        sequences.iter().flatten().try_for_each(|sequence| self.run(sequence))
    }

    fn run(&mut self, sequence: &Sequence) -> Verdict<()> {
        if self.depth >= MAX_DEPTH {
            return Err(Outcome::reject(Reason::ResourceLimit, format!("sequences nested deeper than {MAX_DEPTH} (the adapter's stack guard)")));
        }
        self.depth += 1;
        let result = commands_of(sequence).and_then(|commands| commands.into_iter().try_for_each(|command| self.execute(command)));
        self.depth -= 1;
        result
    }

    fn execute(&mut self, command: Command) -> Verdict<()> {
        match command {
            Command::Condition(condition) => self.current.clone().into_iter().try_for_each(|index| self.condition(condition, index)),
            Command::SetIndex(index) => self.select(index),
            Command::Override(params) => {
                self.current.iter().for_each(|&index| self.params[index].apply(&params));
                Ok(())
            }
            Command::TryEach(alternatives) => self.try_each(alternatives),
            Command::RunSequence(sequence) => match self.run(&sequence) {
                Err(failure) if is_condition_failure(&failure) && self.soft_failure() => Ok(()),
                result => result,
            },
            Command::Write => self.each(|machine, index| {
                let content = machine.params[index].content.clone().ok_or_else(|| Outcome::reject(Reason::Policy, "write without a content parameter"))?;
                machine.images[index] = Some(Image::Bytes(content));
                Ok(())
            }),
            Command::Fetch => self.each(|machine, index| {
                let uri = machine.params[index].uri.clone().ok_or_else(|| Outcome::reject(Reason::Policy, "fetch without a uri parameter"))?;
                let payload = match uri.strip_prefix('#') {
                    Some(_) => machine.integrated.iter().find(|(key, _)| *key == uri).map(|(_, bytes)| Image::Bytes(bytes.clone())),
                    None => machine.device.payloads.get(&uri).cloned(),
                };
                machine.images[index] = Some(payload.ok_or_else(|| Outcome::reject(Reason::Policy, format!("nothing to fetch at {uri:?}")))?);
                Ok(())
            }),
            Command::Copy | Command::Swap => {
                let swap = matches!(command, Command::Swap);
                self.each(|machine, index| {
                    let source = machine.params[index].source.ok_or_else(|| Outcome::reject(Reason::Policy, "copy or swap without a source-component parameter"))?;
                    let source = usize::try_from(source).ok().filter(|&source| source < machine.images.len())
                        .ok_or_else(|| Outcome::reject(Reason::Policy, format!("source component {source} is not one of the manifest's")))?;
                    let image = machine.images[source].clone().ok_or_else(|| Outcome::reject(Reason::Policy, format!("source component {source} holds no image")))?;
                    if swap {
                        machine.images[source] = machine.images[index].take();
                    }
                    machine.images[index] = Some(image);
                    Ok(())
                })
            }
            Command::Invoke => self.each(|machine, index| {
                machine.images[index].as_ref().map(|_| ()).ok_or_else(|| Outcome::reject(Reason::Policy, format!("invoke of component {index}, which holds no image")))
            }),
            Command::Custom(op) => Err(Outcome::reject(Reason::UnsupportedCommand, format!("custom command {op} is unknown to this processor"))),
        }
    }

    fn each(&mut self, mut step: impl FnMut(&mut Machine<'d>, usize) -> Verdict<()>) -> Verdict<()> {
        for index in self.current.clone() {
            step(self, index)?;
        }
        Ok(())
    }

    fn select(&mut self, index: Index) -> Verdict<()> {
        let count = self.slots.len();
        let check = |one: u64| {
            usize::try_from(one).ok().filter(|&one| one < count).ok_or_else(|| {
                Outcome::reject(Reason::UnsupportedCommand, format!("component index {one}, the manifest lists {count} components"))
            })
        };
        self.current = match index {
            Index::One(one) => vec![check(one)?],
            Index::All => (0..count).collect(),
            Index::Some(list) => list.into_iter().map(check).collect::<Verdict<_>>()?,
        };
        Ok(())
    }

    fn soft_failure(&self) -> bool {
        self.current.iter().any(|&index| self.params[index].soft_failure == Some(true))
    }

    /// try-each (§8.4.10.2): each alternative on the state before it, with soft-failure on; a
    /// condition failure under soft-failure moves on to the next one.
    fn try_each(&mut self, alternatives: Vec<Sequence>) -> Verdict<()> {
        let mut last = Outcome::reject(Reason::ConditionFailed, "try-each has no alternative");
        for alternative in alternatives {
            let before = self.snapshot();
            self.current.clone().into_iter().for_each(|index| self.params[index].soft_failure = Some(true));
            match self.run(&alternative) {
                Ok(()) => return Ok(()),
                Err(failure) if is_condition_failure(&failure) && self.soft_failure() => {
                    self.restore(before);
                    last = failure;
                }
                Err(failure) => return Err(failure),
            }
        }
        Err(last)
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot { images: self.images.clone(), params: self.params.clone(), current: self.current.clone() }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.images = snapshot.images;
        self.params = snapshot.params;
        self.current = snapshot.current;
    }

    fn condition(&self, condition: Condition, index: usize) -> Verdict<()> {
        let params = &self.params[index];
        let component = &self.device.components[self.slots[index]];
        let identifier = |name: &str, manifest: &Option<Vec<u8>>, device: Option<&Vec<u8>>| match (manifest, device) {
            (Some(manifest), Some(device)) if manifest == device => Ok(()),
            (None, _) => Err(condition_failed(format!("{name} condition on component {index}: the parameter is not set"))),
            (Some(manifest), device) => Err(condition_failed(format!(
                "{name} condition on component {index}: the manifest's {} is not the device's {}",
                hex::encode(manifest), device.map_or_else(|| "(none)".to_owned(), hex::encode)))),
        };
        match condition {
            Condition::Vendor => identifier("vendor-identifier", &params.vendor, Some(&self.device.vendor_id)),
            Condition::Class => identifier("class-identifier", &params.class, Some(&self.device.class_id)),
            Condition::Device => identifier("device-identifier", &params.device, self.device.device_id.as_ref()),
            Condition::Slot => match (params.slot, component.slot) {
                (Some(manifest), Some(device)) if manifest == device => Ok(()),
                (manifest, device) => Err(condition_failed(format!("component-slot condition on component {index}: manifest {manifest:?}, device {device:?}"))),
            },
            Condition::ImageMatch => self.image_match(index, params),
            Condition::CheckContent => match (&params.content, &self.images[index]) {
                (Some(content), Some(Image::Bytes(image))) if content == image => Ok(()),
                _ => Err(condition_failed(format!("check-content on component {index}: the content parameter is not the component's image"))),
            },
            Condition::Abort => Err(condition_failed("abort".to_owned())),
        }
    }

    fn image_match(&self, index: usize, params: &Params) -> Verdict<()> {
        let failed = |why: String| Err(condition_failed(format!("image-match on component {index}: {why}")));
        let Some(raw) = &params.image_digest else { return failed("no image-digest parameter".into()) };
        let wrapped: BstrSuitDigest<'_> = minicbor::decode(raw).map_err(|error| library_rejection("decoding the image digest", &error.into()))?;
        let digest = wrapped.get().map_err(|error| library_rejection("decoding the image digest", &error.into()))?;
        match &self.images[index] {
            None => failed("the component holds no image".into()),
            Some(Image::Bytes(image)) => {
                if let Some(size) = params.image_size {
                    if size != image.len() as u64 {
                        return failed(format!("image-size {size}, the image has {} bytes", image.len()));
                    }
                }
                match digest.suit_verify_digest(image) {
                    Ok(()) => Ok(()),
                    Err(error) => failed(format!("suit_validator SuitDigest::suit_verify_digest: {error}")),
                }
            }
            Some(Image::Described { size, sha256 }) => {
                if !matches!(digest.hash_alg, HashAlg::Sha256) {
                    return failed("the image is known only by its SHA-256, the digest uses another algorithm".into());
                }
                if params.image_size.is_some_and(|expected| expected != *size) {
                    return failed(format!("image-size {:?}, the image has {size} bytes", params.image_size));
                }
                if digest.bytes == sha256.as_slice() { Ok(()) } else { failed("the digest differs".into()) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use ciborium::Value;

    use super::*;
    use crate::request::DeviceComponent;

    const VENDOR: [u8; 16] = [0xfa; 16];

    fn device() -> Device {
        Device {
            vendor_id: VENDOR.to_vec(),
            class_id: vec![0x14; 16],
            device_id: None,
            sequence_number: 0,
            components: vec![DeviceComponent { id: vec![vec![0]], image: None, slot: None }],
            payloads: BTreeMap::new(),
        }
    }

    /// The bstr-wrapped shared sequence of these (code, argument) pairs.
    fn shared(commands: &[(i64, Value)]) -> Sequence {
        let flat = commands.iter().flat_map(|(code, argument)| [Value::from(*code), argument.clone()]).collect();
        let mut inner = Vec::new();
        ciborium::ser::into_writer(&Value::Array(flat), &mut inner).unwrap();
        let mut wrapped = Vec::new();
        ciborium::ser::into_writer(&Value::Bytes(inner), &mut wrapped).unwrap();
        Sequence::Shared(wrapped)
    }

    fn set_vendor(vendor: &[u8]) -> (i64, Value) {
        (20, Value::Map(vec![(Value::from(1), Value::Bytes(vendor.to_vec()))]))
    }

    fn vendor_condition() -> (i64, Value) {
        (1, Value::from(15))
    }

    fn run(sequence: Sequence) -> Verdict<()> {
        let device = device();
        let mut machine = Machine::new(&device, &[vec![vec![0]]], Vec::new()).unwrap();
        machine.run_procedure(&[Some(sequence)])
    }

    #[test]
    fn a_condition_after_the_parameter_it_reads_holds() {
        assert_eq!(run(shared(&[set_vendor(&VENDOR), vendor_condition()])), Ok(()));
    }

    #[test]
    fn a_condition_before_its_parameter_is_set_fails_although_the_library_dispatches_conditions_first() {
        // suit_validator hands over the condition before the directive; the glue restores their order
        let outcome = run(shared(&[vendor_condition(), set_vendor(&VENDOR)])).unwrap_err();
        assert!(matches!(&outcome, Outcome::Reject(Some(Reason::ConditionFailed), detail) if detail.contains("not set")), "{outcome:?}");
    }

    #[test]
    fn a_vendor_the_device_does_not_have_fails_the_condition() {
        let outcome = run(shared(&[set_vendor(&[0xab; 16]), vendor_condition()])).unwrap_err();
        assert!(matches!(outcome, Outcome::Reject(Some(Reason::ConditionFailed), _)), "{outcome:?}");
    }

    #[test]
    fn a_component_the_device_lacks_is_unsupported_command() {
        let device = device();
        let outcome = Machine::new(&device, &[vec![vec![1]]], Vec::new()).err().unwrap();
        assert!(matches!(outcome, Outcome::Reject(Some(Reason::UnsupportedCommand), _)), "{outcome:?}");
    }
}
