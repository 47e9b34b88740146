// The benchmark's floor: a worker that answers at once, so the CPU workerd spends on a request itself (routing, the loopback proxy) can be subtracted.
export default {
  fetch(): Response {
    return new Response('ok');
  },
};
