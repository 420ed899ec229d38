import { mount } from 'svelte';
import Phone from './Phone.svelte';
import { RoomConnection } from './connection.svelte';
import { PhoneLanguage } from './language.svelte';

const language = new PhoneLanguage(navigator.languages ?? [navigator.language]);
const room = new RoomConnection();
mount(Phone, { target: document.getElementById('phone')!, props: { room, language } });
room.start();
