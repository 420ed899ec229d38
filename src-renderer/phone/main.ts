import { mount } from 'svelte';
import Phone from './Phone.svelte';
import { RoomConnection } from './connection.svelte';

const room = new RoomConnection();
mount(Phone, { target: document.getElementById('phone')!, props: { room } });
room.start();
