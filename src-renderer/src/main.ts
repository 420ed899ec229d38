import { mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import { api } from './lib/api';

mount(App, { target: document.getElementById('app')!, props: { api } });
