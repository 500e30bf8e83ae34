//! Children's profiles and what they played, saved on this device only.

pub mod model;
pub mod score;
pub mod stickers;
pub mod store;

pub use model::{ChoiceRecord, Profile, SessionRecord, Settings};
pub use store::{Loaded, Store, StoreError, read_folder};
